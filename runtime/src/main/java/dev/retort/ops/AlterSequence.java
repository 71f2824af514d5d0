package dev.retort.ops;

import dev.retort.schema.Sequence;

/** Changes a sequence's options (not its name or schema). */
public record AlterSequence(Sequence from, Sequence to) implements Operation {

    @Override
    public Operation invert() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
