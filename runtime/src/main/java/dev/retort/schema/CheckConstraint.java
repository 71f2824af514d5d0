package dev.retort.schema;

/** A check constraint; {@code expression} is the SQL condition without the {@code CHECK} keyword. */
public record CheckConstraint(String name, String expression) implements TableElement {

    public CheckConstraint {
        Names.require(name, "check constraint name");
        Names.require(expression, "check constraint " + name + " expression");
    }
}
