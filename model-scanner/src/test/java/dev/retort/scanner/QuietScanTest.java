package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A normal scan writes nothing: Hibernate's jboss-logging goes to java.util.logging and stays quiet. */
class QuietScanTest {

    @Test
    void aScanLogsNothingAndPrintsNothing() {
        ModelScanner scanner = new ModelScanner(Dialects.postgres());
        scanner.scan(Fixtures.request("edge"));   // jboss-logging picks its provider on first use
        Logger hibernate = Logger.getLogger("org.hibernate");
        Level before = hibernate.getLevel();

        RecordingHandler handler = new RecordingHandler();
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            Logger control = Logger.getLogger("org.hibernate.retort.test");
            control.setLevel(Level.ALL);   // FINE records reach this handler but not the console
            org.jboss.logging.Logger.getLogger(control.getName()).debug("routed to java.util.logging");
            assertEquals(List.of("routed to java.util.logging"), handler.messages(), "the handler sees jboss-logging");
            handler.clear();

            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            scanner.scan(Fixtures.request("shop"));
            try (HibernateSchemaTool tool = HibernateSchemaTool.boot(Fixtures.request("inheritance"))) {
                assertTrue(tool.createScript().contains("create table"));
            }
        } finally {
            System.setErr(err);
            root.removeHandler(handler);
        }
        assertEquals(List.of(), handler.messages());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertEquals(before, hibernate.getLevel(), "the level is restored after the scan");
    }

    /** Keeps what reaches the root logger from Hibernate and jboss-logging. */
    private static final class RecordingHandler extends Handler {
        private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

        RecordingHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            String name = String.valueOf(record.getLoggerName());
            if (name.startsWith("org.hibernate") || name.startsWith("org.jboss")) {
                messages.add(record.getMessage());
            }
        }

        List<String> messages() {
            return List.copyOf(messages);
        }

        void clear() {
            messages.clear();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
