package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void sameSeedSameWorkloadOtherSeedAnother() {
        Workload a = Workload.generate(1000, 7);
        Workload b = Workload.generate(1000, 7);
        assertEquals(a, b);
        assertEquals(sources(a.mutated()), sources(b.mutated()));
        assertNotEquals(a.base(), Workload.generate(1000, 8).base());
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1000, 2000, 5000})
    void everyKindAppliedKTimesOnDistinctTables(int n) {
        Workload w = Workload.generate(n, Workload.DEFAULT_SEED);
        assertEquals(Math.max(1, n / 200), w.k());
        Map<ChangeKind, Integer> perKind = new EnumMap<>(ChangeKind.class);
        w.expected().forEach(e -> perKind.merge(e.kind(), 1, Integer::sum));
        for (ChangeKind kind : ChangeKind.values()) {
            int keysPerChange = kind == ChangeKind.ADD_TABLE || kind == ChangeKind.DROP_TABLE ? 2 : 1;
            assertEquals(w.k() * keysPerChange, perKind.getOrDefault(kind, 0), kind.name());
        }
        Set<String> tables = new HashSet<>();
        for (ExpectedChange e : w.expected()) {
            if (!e.key().startsWith("add_sequence") && !e.key().startsWith("remove_sequence")) {
                assertTrue(tables.add(e.key().split(" ")[1]), "two changes on one table: " + e.key());
            }
        }
        assertEquals(w.expected().size(), new HashSet<>(w.expectedKeys()).size(), "keys repeat");
    }

    /** The expected list must be exactly what a comparison of the two models, done here independently, gives. */
    @ParameterizedTest
    @ValueSource(ints = {100, 2000})
    void expectedListIsTheDifferenceOfTheModels(int n) {
        Workload w = Workload.generate(n, Workload.DEFAULT_SEED);
        assertEquals(w.expectedKeys(), diff(w.base(), w.mutated()));
        Set<Integer> present = w.mutated().stream().map(EntitySpec::index).collect(Collectors.toSet());
        for (EntitySpec e : w.mutated()) {
            if (e.ref() != null) {
                assertTrue(present.contains(e.ref().target()), e.table() + " refers to a dropped table");
            }
        }
    }

    @Test
    void baseModelHasTheAdvertisedShape() {
        List<EntitySpec> base = Workload.generate(2000, Workload.DEFAULT_SEED).base();
        List<ColumnSpec> columns = base.stream().flatMap(e -> e.columns().stream()).toList();
        double nullable = columns.stream().filter(ColumnSpec::nullable).count() / (double) columns.size();
        double withRef = base.stream().filter(e -> e.ref() != null).count() / (double) base.size();
        double withUnique = base.stream().filter(e -> e.unique() != null).count() / (double) base.size();
        List<KeySpec> indexes = base.stream().flatMap(e -> e.indexes().stream()).toList();
        double twoColumn = indexes.stream().filter(i -> i.columns().size() == 2).count() / (double) indexes.size();
        assertTrue(Math.abs(nullable - 0.6) < 0.03, "nullable share " + nullable);
        assertTrue(Math.abs(withRef - 0.9) < 0.03, "many-to-one share " + withRef);
        assertTrue(Math.abs(withUnique - 0.2) < 0.03, "unique share " + withUnique);
        assertTrue(Math.abs(twoColumn - 0.5) < 0.05, "two-column index share " + twoColumn);
        assertTrue(base.stream().allMatch(e -> e.columns().size() >= 8 && e.columns().size() <= 12));
        assertTrue(base.stream().allMatch(e -> e.indexes().size() >= 1 && e.indexes().size() <= 2));
        assertTrue(base.stream().allMatch(e -> e.ref() == null || e.ref().target() < e.index()));
        assertEquals(ColumnKind.values().length, columns.stream().map(ColumnSpec::kind).distinct().count());
    }

    @Test
    void sourceSpellsOutTheMapping() {
        EntitySpec e = new EntitySpec(42, List.of(new ColumnSpec("c01", ColumnKind.VARCHAR, 40, 0, 0, false),
                new ColumnSpec("c02", ColumnKind.TEXT, 0, 0, 0, true), new ColumnSpec("c03", ColumnKind.NUMERIC, 0, 12, 2, true)),
                new RefSpec("ref_id", 7, "fk_t0042_ref", false), List.of(new KeySpec("ix_t0042_1", List.of("c01", "c02"))),
                new KeySpec("uk_t0042", List.of("c03")));
        String source = EntitySources.source(e);
        assertTrue(source.contains("@Table(name = \"t0042\""), source);
        assertTrue(source.contains("@Index(name = \"ix_t0042_1\", columnList = \"c01, c02\")"), source);
        assertTrue(source.contains("@UniqueConstraint(name = \"uk_t0042\", columnNames = {\"c03\"})"), source);
        assertTrue(source.contains("foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))\n    private T0007 ref;"), source);
        assertTrue(source.contains("@Column(name = \"c01\", length = 40, nullable = false)\n    private String c01;"), source);
        assertTrue(source.contains("@Column(name = \"c02\", columnDefinition = \"text\")"), source);
        assertTrue(source.contains("@Column(name = \"c03\", precision = 12, scale = 2)\n    private BigDecimal c03;"), source);
    }

    private static List<String> sources(List<EntitySpec> entities) {
        return entities.stream().map(EntitySources::source).toList();
    }

    /** Compares two models the way the database would see them, in the keys ChangeKeys produces. */
    private static List<String> diff(List<EntitySpec> from, List<EntitySpec> to) {
        Map<Integer, EntitySpec> a = from.stream().collect(Collectors.toMap(EntitySpec::index, Function.identity()));
        Map<Integer, EntitySpec> b = to.stream().collect(Collectors.toMap(EntitySpec::index, Function.identity()));
        List<String> keys = new ArrayList<>();
        for (EntitySpec e : from) {
            if (!b.containsKey(e.index())) {
                keys.add("remove_table " + e.table());
                keys.add("remove_sequence " + e.sequence());
            }
        }
        for (EntitySpec e : to) {
            EntitySpec old = a.get(e.index());
            String t = e.table();
            if (old == null) {
                keys.add("add_table " + t);
                keys.add("add_sequence " + e.sequence());
                continue;
            }
            Map<String, ColumnSpec> oldColumns = old.columns().stream().collect(Collectors.toMap(ColumnSpec::name, c -> c));
            Map<String, ColumnSpec> newColumns = e.columns().stream().collect(Collectors.toMap(ColumnSpec::name, c -> c));
            oldColumns.keySet().stream().filter(c -> !newColumns.containsKey(c)).forEach(c -> keys.add("remove_column " + t + " " + c));
            for (ColumnSpec c : e.columns()) {
                ColumnSpec o = oldColumns.get(c.name());
                if (o == null) {
                    keys.add("add_column " + t + " " + c.name());
                    continue;
                }
                if (o.nullable() != c.nullable()) {
                    keys.add("modify_nullable " + t + " " + c.name() + " " + c.nullable());
                }
                if (!o.sqlType().equals(c.sqlType())) {
                    keys.add("modify_type " + t + " " + c.name() + " " + c.sqlType());
                }
            }
            Set<KeySpec> oldIndexes = new HashSet<>(old.indexes());
            Set<KeySpec> newIndexes = new HashSet<>(e.indexes());
            old.indexes().stream().filter(i -> !newIndexes.contains(i)).forEach(i -> keys.add("remove_index " + t + " " + i.name()));
            e.indexes().stream().filter(i -> !oldIndexes.contains(i)).forEach(i -> keys.add("add_index " + t + " " + i.name()));
            if (!Objects.equals(old.unique(), e.unique())) {
                if (old.unique() != null) {
                    keys.add("remove_unique " + t + " " + old.unique().name());
                }
                if (e.unique() != null) {
                    keys.add("add_unique " + t + " " + e.unique().name());
                }
            }
            boolean oldFk = old.ref() != null && old.ref().constrained();
            boolean newFk = e.ref() != null && e.ref().constrained();
            if (oldFk && !newFk) {
                keys.add("remove_fk " + t + " " + old.ref().fkName());
            } else if (!oldFk && newFk) {
                keys.add("add_fk " + t + " " + e.ref().fkName());
            }
        }
        return keys.stream().sorted().toList();
    }
}
