package dev.retort.diff;

import dev.retort.ops.Operation;
import java.util.List;

/**
 * What {@link SchemaDiffer#plan} found.
 *
 * @param operations the plan, as {@link SchemaDiffer#diff} returns it
 * @param warnings   one line per reflected expression the plan carries for a downgrade that may not come
 *                   back exactly as it was (see {@link Restoration}), for the user to read; usually empty
 */
public record DiffResult(List<Operation> operations, List<String> warnings) {

    public DiffResult {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
    }
}
