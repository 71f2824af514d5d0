package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the base model: N entities, each with 8-12 columns (about 60 % nullable), a many-to-one to an
 * earlier entity in about 90 % of them (one in twenty of those without a database constraint), one or
 * two indexes (half of them on two columns) and a unique constraint in about 20 %.
 */
public final class ModelGenerator {
    private static final ColumnKind[] WEIGHTED_KINDS = {
        ColumnKind.VARCHAR, ColumnKind.VARCHAR, ColumnKind.VARCHAR, ColumnKind.TEXT,
        ColumnKind.INTEGER, ColumnKind.INTEGER, ColumnKind.BIGINT, ColumnKind.NUMERIC,
        ColumnKind.BOOLEAN, ColumnKind.TIMESTAMP, ColumnKind.DATE, ColumnKind.UUID,
    };
    private static final int[] VARCHAR_LENGTHS = {20, 40, 80, 120, 255};
    private static final int[] PRECISIONS = {10, 12, 18};
    private static final int[] SCALES = {0, 2, 4};

    private final Random random;

    public ModelGenerator(Random random) {
        this.random = random;
    }

    /** Entities 0 to n - 1. */
    public List<EntitySpec> entities(int n) {
        List<EntitySpec> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entities.add(entity(i, i));
        }
        return entities;
    }

    /**
     * One entity; its many-to-one (if any) points at an entity numbered below {@code targets}, drawn
     * by {@link #target(int)}.
     */
    public EntitySpec entity(int index, int targets) {
        String table = EntitySpec.tableName(index);
        int count = 8 + random.nextInt(5);
        List<ColumnSpec> columns = new ArrayList<>(count);
        for (int c = 1; c <= count; c++) {
            columns.add(column(String.format("c%02d", c)));
        }
        RefSpec ref = null;
        if (targets > 0 && random.nextDouble() < 0.9) {
            ref = new RefSpec("ref_id", target(targets), "fk_" + table + "_ref", random.nextDouble() >= 0.05);
        }
        List<KeySpec> indexes = new ArrayList<>();
        int indexCount = 1 + random.nextInt(2);
        while (indexes.size() < indexCount) {
            List<String> keyColumns = pick(columns, random.nextBoolean() ? 2 : 1);
            if (indexes.stream().noneMatch(k -> k.columns().equals(keyColumns))) {
                indexes.add(new KeySpec("ix_" + table + "_" + (indexes.size() + 1), keyColumns));
            }
        }
        KeySpec unique = random.nextDouble() < 0.2
                ? new KeySpec("uk_" + table, pick(columns, random.nextBoolean() ? 2 : 1)) : null;
        return new EntitySpec(index, columns, ref, indexes, unique);
    }

    /** A column of a random kind, nullable with probability 0.6. */
    public ColumnSpec column(String name) {
        ColumnKind kind = WEIGHTED_KINDS[random.nextInt(WEIGHTED_KINDS.length)];
        int length = kind == ColumnKind.VARCHAR ? VARCHAR_LENGTHS[random.nextInt(VARCHAR_LENGTHS.length)] : 0;
        int precision = kind == ColumnKind.NUMERIC ? PRECISIONS[random.nextInt(PRECISIONS.length)] : 0;
        int scale = kind == ColumnKind.NUMERIC ? SCALES[random.nextInt(SCALES.length)] : 0;
        return new ColumnSpec(name, kind, length, precision, scale, random.nextDouble() < 0.6);
    }

    /** A target entity below {@code bound}: uniformly drawn. */
    public int target(int bound) {
        return random.nextInt(bound);
    }

    private List<String> pick(List<ColumnSpec> columns, int count) {
        List<String> names = new ArrayList<>(count);
        while (names.size() < count) {
            String name = columns.get(random.nextInt(columns.size())).name();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
