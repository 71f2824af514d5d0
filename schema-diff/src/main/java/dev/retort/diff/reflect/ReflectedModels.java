package dev.retort.diff.reflect;

import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Puts reflected tables, sequences and view names into a {@link SchemaModel} in (schema, name) order, default schema first. */
final class ReflectedModels {
    private static final Comparator<Sequence> SEQUENCE_ORDER = Comparator
            .comparing((Sequence s) -> new TableName(s.schema(), s.name()));

    private ReflectedModels() {
    }

    static SchemaModel of(Collection<TableDraft> drafts, List<Sequence> sequences, List<TableName> views) {
        List<TableDraft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(d -> d.name));
        List<Table> tables = new ArrayList<>(ordered.size());
        for (TableDraft draft : ordered) {
            tables.add(draft.toTable());
        }
        List<Sequence> sortedSequences = new ArrayList<>(sequences);
        sortedSequences.sort(SEQUENCE_ORDER);
        List<TableName> sortedViews = new ArrayList<>(views);
        sortedViews.sort(Comparator.naturalOrder());
        return new SchemaModel(tables, sortedSequences, sortedViews);
    }
}
