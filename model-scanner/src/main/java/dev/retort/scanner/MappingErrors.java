package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.util.List;

/** Turns an exception from Hibernate's boot into a one-line message that names the entity at fault. */
final class MappingErrors {
    private MappingErrors() {
    }

    static RetortException translate(Throwable error, List<String> classNames, ScanRequest request) {
        Throwable missingClass = find(error, NoClassDefFoundError.class, ClassNotFoundException.class,
                TypeNotPresentException.class);
        String reason = reason(error);
        String entity = entityNamedIn(reason, classNames);
        if (missingClass != null && !reason.contains(missingName(missingClass))) {
            reason = reason + " (class " + missingName(missingClass) + " is missing: check " + Classpaths.KEY + ")";
        }
        String subject = entity != null ? "Hibernate cannot map entity " + entity
                : "Hibernate cannot map the entities in " + request.packages();
        return new RetortException(ErrorKind.MODEL, subject + ": " + reason, error);
    }

    /** The first informative message along the cause chain, on one line. */
    private static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = EntityClasses.oneLine(t.getMessage());
            if (!message.isEmpty()) {
                return message;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return error.getClass().getName();
    }

    /** The longest class name of the scan that the message mentions, fully qualified or by simple name in quotes. */
    private static String entityNamedIn(String message, List<String> classNames) {
        String best = null;
        for (String name : classNames) {
            if (message.contains(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        if (best != null) {
            return best;
        }
        for (String name : classNames) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (message.contains("'" + simple + "'") || message.contains("[" + simple + "]")) {
                return name;
            }
        }
        return null;
    }

    @SafeVarargs
    private static Throwable find(Throwable error, Class<? extends Throwable>... types) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String missingName(Throwable missing) {
        if (missing instanceof TypeNotPresentException t) {
            return t.typeName();
        }
        return String.valueOf(missing.getMessage()).replace('/', '.');
    }
}
