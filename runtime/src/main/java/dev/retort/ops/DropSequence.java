package dev.retort.ops;

import dev.retort.schema.Sequence;

/** Drops a sequence. */
public record DropSequence(Sequence sequence) implements Operation {

    @Override
    public Operation invert() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
