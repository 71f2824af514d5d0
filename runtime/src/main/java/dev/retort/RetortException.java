package dev.retort;

/**
 * An error a user can act on. The message is one line that says what went wrong and what to do;
 * the CLI prints it without a stack trace and maps the {@link ErrorKind} to an exit code.
 */
public class RetortException extends RuntimeException {
    private final ErrorKind kind;

    public RetortException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RetortException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
