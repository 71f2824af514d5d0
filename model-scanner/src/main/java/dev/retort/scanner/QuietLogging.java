package dev.retort.scanner;

import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate from writing to stderr while Retort uses it: jboss-logging is routed to
 * java.util.logging (unless the application chose a provider already), and Hibernate's loggers are
 * switched off for the duration of a call.
 */
final class QuietLogging {
    private static final String PROVIDER_PROPERTY = "org.jboss.logging.provider";
    /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
    private static final List<Logger> LOGGERS;
    private static final Level[] SAVED = new Level[2];
    private static int depth;

    static {
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, "jdk");
        }
        LOGGERS = List.of(Logger.getLogger("org.hibernate"), Logger.getLogger("org.jboss.logging"));
    }

    private QuietLogging() {
    }

    static <T> T during(Supplier<T> action) {
        enter();
        try {
            return action.get();
        } finally {
            leave();
        }
    }

    private static synchronized void enter() {
        if (depth++ == 0) {
            for (int i = 0; i < LOGGERS.size(); i++) {
                SAVED[i] = LOGGERS.get(i).getLevel();
                LOGGERS.get(i).setLevel(Level.OFF);
            }
        }
    }

    private static synchronized void leave() {
        if (--depth == 0) {
            for (int i = 0; i < LOGGERS.size(); i++) {
                LOGGERS.get(i).setLevel(SAVED[i]);
            }
        }
    }

    static void during(Runnable action) {
        during(() -> {
            action.run();
            return null;
        });
    }
}
