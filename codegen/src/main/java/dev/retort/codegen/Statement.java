package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.Set;

/**
 * One rendered operation: the call without its semicolon, what it is about (for grouping), and
 * what it costs the method and class that hold it.
 *
 * @param code      the expression, e.g. {@code op.addColumn("customer", column("note", "text"))}
 * @param subject   the {@link OperationSubject} label
 * @param bytes     an upper estimate of its bytecode size
 * @param constants the distinct literals it puts into the class's constant pool
 */
record Statement(CodeBlock code, String subject, int bytes, Set<String> constants) {

    static Statement of(CodeBlock code, String subject) {
        BytecodeEstimate estimate = BytecodeEstimate.of(code.toString());
        return new Statement(code, subject, estimate.bytes(), estimate.constants());
    }
}
