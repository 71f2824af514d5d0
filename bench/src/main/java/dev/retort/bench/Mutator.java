package dev.retort.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies every {@link ChangeKind} k times to the base model, each time to a table no other change
 * touches, and records the entries check must report for it under Hibernate's mapping.
 */
final class Mutator {
    /** The order tables are chosen in: the kinds with the fewest candidates first. */
    private static final List<ChangeKind> ORDER = List.of(ChangeKind.DROP_TABLE, ChangeKind.ADD_FK,
            ChangeKind.DROP_FK, ChangeKind.ADD_UNIQUE, ChangeKind.VARCHAR_LENGTH, ChangeKind.DROP_INDEX,
            ChangeKind.ADD_INDEX, ChangeKind.DROP_COLUMN, ChangeKind.SET_NOT_NULL, ChangeKind.DROP_NOT_NULL,
            ChangeKind.ADD_COLUMN);

    private final ModelGenerator generator;
    private final Random random;
    private final List<EntitySpec> base;
    private final int k;
    private final Set<Integer> referenced = new HashSet<>();
    private final Set<Integer> used = new HashSet<>();

    Mutator(ModelGenerator generator, Random random, List<EntitySpec> base, int k) {
        this.generator = generator;
        this.random = random;
        this.base = base;
        this.k = k;
        for (EntitySpec e : base) {
            if (e.ref() != null) {
                referenced.add(e.ref().target());
            }
        }
    }

    List<EntitySpec> apply(List<ExpectedChange> expected) {
        Map<Integer, EntitySpec> model = new LinkedHashMap<>();
        base.forEach(e -> model.put(e.index(), e));
        Set<Integer> dropped = new HashSet<>();
        for (ChangeKind kind : ORDER) {
            for (EntitySpec e : choose(kind)) {
                used.add(e.index());
                String t = e.table();
                switch (kind) {
                    case DROP_TABLE -> {
                        model.remove(e.index());
                        dropped.add(e.index());
                        expected.add(new ExpectedChange(kind, "remove_table " + t));
                        expected.add(new ExpectedChange(kind, "remove_sequence " + e.sequence()));
                    }
                    case ADD_FK -> {
                        model.put(e.index(), e.withRef(e.ref().withConstrained(true)));
                        expected.add(new ExpectedChange(kind, "add_fk " + t + " " + e.ref().fkName()));
                    }
                    case DROP_FK -> {
                        model.put(e.index(), e.withRef(e.ref().withConstrained(false)));
                        expected.add(new ExpectedChange(kind, "remove_fk " + t + " " + e.ref().fkName()));
                    }
                    case ADD_UNIQUE -> {
                        String column = anyColumn(e, c -> true).name();
                        KeySpec unique = new KeySpec("uk_" + t + "_add", List.of(column));
                        model.put(e.index(), e.withUnique(unique));
                        expected.add(new ExpectedChange(kind, "add_unique " + t + " " + unique.name()));
                    }
                    case VARCHAR_LENGTH -> {
                        ColumnSpec c = anyColumn(e, x -> x.kind() == ColumnKind.VARCHAR);
                        ColumnSpec longer = c.withLength(c.length() + 20);
                        model.put(e.index(), e.withColumn(c.name(), x -> longer));
                        expected.add(new ExpectedChange(kind, "modify_type " + t + " " + c.name() + " " + longer.sqlType()));
                    }
                    case DROP_INDEX -> {
                        KeySpec last = e.indexes().get(e.indexes().size() - 1);
                        model.put(e.index(), e.withIndexes(e.indexes().subList(0, e.indexes().size() - 1)));
                        expected.add(new ExpectedChange(kind, "remove_index " + t + " " + last.name()));
                    }
                    case ADD_INDEX -> {
                        String column = anyColumn(e, c -> e.indexes().stream()
                                .noneMatch(i -> i.columns().equals(List.of(c.name())))).name();
                        List<KeySpec> indexes = new ArrayList<>(e.indexes());
                        KeySpec added = new KeySpec("ix_" + t + "_add", List.of(column));
                        indexes.add(added);
                        model.put(e.index(), e.withIndexes(indexes));
                        expected.add(new ExpectedChange(kind, "add_index " + t + " " + added.name()));
                    }
                    case DROP_COLUMN -> {
                        ColumnSpec c = anyColumn(e, x -> !e.keyed(x.name()));
                        model.put(e.index(), e.withColumns(e.columns().stream().filter(x -> x != c).toList()));
                        expected.add(new ExpectedChange(kind, "remove_column " + t + " " + c.name()));
                    }
                    case SET_NOT_NULL -> {
                        ColumnSpec c = anyColumn(e, ColumnSpec::nullable);
                        model.put(e.index(), e.withColumn(c.name(), x -> x.withNullable(false)));
                        expected.add(new ExpectedChange(kind, "modify_nullable " + t + " " + c.name() + " false"));
                    }
                    case DROP_NOT_NULL -> {
                        ColumnSpec c = anyColumn(e, x -> !x.nullable());
                        model.put(e.index(), e.withColumn(c.name(), x -> x.withNullable(true)));
                        expected.add(new ExpectedChange(kind, "modify_nullable " + t + " " + c.name() + " true"));
                    }
                    case ADD_COLUMN -> {
                        List<ColumnSpec> columns = new ArrayList<>(e.columns());
                        columns.add(generator.column("cnew").withNullable(true));
                        model.put(e.index(), e.withColumns(columns));
                        expected.add(new ExpectedChange(kind, "add_column " + t + " cnew"));
                    }
                    default -> throw new IllegalStateException("not chosen per table: " + kind);
                }
            }
        }
        List<Integer> targets = model.keySet().stream().filter(i -> !dropped.contains(i)).toList();
        for (int j = 0; j < k; j++) {
            int index = base.size() + j;
            EntitySpec added = generator.entity(index, 0);
            int target = targets.get(generator.target(targets.size()));
            added = added.withRef(new RefSpec("ref_id", target, "fk_" + added.table() + "_ref", true));
            model.put(index, added);
            expected.add(new ExpectedChange(ChangeKind.ADD_TABLE, "add_table " + added.table()));
            expected.add(new ExpectedChange(ChangeKind.ADD_TABLE, "add_sequence " + added.sequence()));
        }
        return List.copyOf(model.values());
    }

    /** k base entities that suit the kind and that no other change touches. */
    private List<EntitySpec> choose(ChangeKind kind) {
        List<EntitySpec> candidates = new ArrayList<>();
        for (EntitySpec e : base) {
            if (!used.contains(e.index()) && suits(kind, e)) {
                candidates.add(e);
            }
        }
        if (candidates.size() < k) {
            throw new IllegalStateException("only " + candidates.size() + " tables suit " + kind + ", need " + k);
        }
        List<EntitySpec> chosen = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            chosen.add(candidates.remove(random.nextInt(candidates.size())));
        }
        chosen.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return chosen;
    }

    private boolean suits(ChangeKind kind, EntitySpec e) {
        return switch (kind) {
            case DROP_TABLE -> !referenced.contains(e.index());
            case ADD_FK -> e.ref() != null && !e.ref().constrained();
            case DROP_FK -> e.ref() != null && e.ref().constrained();
            case ADD_UNIQUE -> e.unique() == null;
            case VARCHAR_LENGTH -> e.columns().stream().anyMatch(c -> c.kind() == ColumnKind.VARCHAR);
            case DROP_INDEX, ADD_INDEX -> true;
            case DROP_COLUMN -> e.columns().stream().anyMatch(c -> !e.keyed(c.name()));
            case SET_NOT_NULL -> e.columns().stream().anyMatch(ColumnSpec::nullable);
            case DROP_NOT_NULL -> e.columns().stream().anyMatch(c -> !c.nullable());
            case ADD_COLUMN, ADD_TABLE -> true;
        };
    }

    private ColumnSpec anyColumn(EntitySpec e, Predicate<ColumnSpec> filter) {
        List<ColumnSpec> candidates = e.columns().stream().filter(filter).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }
}
