package dev.retort.ops;

import dev.retort.ErrorKind;
import dev.retort.RetortException;

/** Thrown when an operation has no inverse. */
public class IrreversibleOperationException extends RetortException {
    public IrreversibleOperationException(String message) {
        super(ErrorKind.IRREVERSIBLE, message);
    }
}
