package dev.retort.codegen;

import java.util.HashSet;
import java.util.Set;

/**
 * A conservative estimate of what a generated statement costs in bytecode, read off its source.
 * Generated statements are chains of calls on string and number literals, so each token turns into
 * a few instructions: a literal is an {@code ldc_w} (3 bytes) plus, as a varargs element,
 * {@code dup}, an index push and {@code aastore} (up to 5 more); a call is an {@code invoke*}
 * (3 bytes), possibly after building its varargs array (up to 6 bytes).
 *
 * @param bytes     the estimated size of the statement's bytecode
 * @param constants the distinct string and number literals, each of which takes two constant pool
 *                  entries at most
 */
record BytecodeEstimate(int bytes, Set<String> constants) {
    static final int BYTES_PER_TOKEN = 8;
    static final int BYTES_PER_CALL = 6;
    static final int BYTES_PER_STATEMENT = 4;

    static BytecodeEstimate of(String code) {
        Set<String> constants = new HashSet<>();
        int tokens = 0;
        int calls = 0;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                constants.add(code.substring(i, end));
                tokens++;
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                tokens++;
                if (end < code.length() && code.charAt(end) == '(') {
                    calls++;
                }
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < code.length() && Character.isLetterOrDigit(code.charAt(end))) {
                    end++;
                }
                constants.add(code.substring(i, end));
                tokens++;
                i = end;
            } else {
                i++;
            }
        }
        return new BytecodeEstimate(BYTES_PER_STATEMENT + tokens * BYTES_PER_TOKEN + calls * BYTES_PER_CALL, constants);
    }

    /** The index just past the closing quote of the literal that opens at {@code start}. */
    private static int endOfString(String code, int start) {
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != '"') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }
}
