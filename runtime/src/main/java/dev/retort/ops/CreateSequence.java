package dev.retort.ops;

import dev.retort.schema.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {

    @Override
    public Operation invert() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
