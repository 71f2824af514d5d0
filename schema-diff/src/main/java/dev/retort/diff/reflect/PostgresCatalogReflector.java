package dev.retort.diff.reflect;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.diff.TableFilter;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.SequenceOwner;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PostgreSQL schema straight from pg_catalog with five set-wise prepared statements
 * ({@link CatalogQueries}), however many tables there are, reading each result by column position,
 * all in one snapshot ({@link CatalogSnapshot}: one {@code SET TRANSACTION} more). The default
 * reflector on PostgreSQL.
 */
public final class PostgresCatalogReflector implements SchemaReflector {
    /**
     * Rows per round trip inside the snapshot transaction: a few trips for the largest result (one row
     * per column), bounded memory for huge catalogues, and no crawl when the connection URL sets a
     * small {@code defaultRowFetchSize}.
     */
    private static final int FETCH_SIZE = 10_000;

    @Override
    public SchemaModel reflect(Connection connection, ReflectRequest request) {
        ReflectedSchemas schemas = ReflectedSchemas.of(request);
        Map<Long, ReadTable> tables;
        List<Sequence> sequences;
        List<TableName> views = new ArrayList<>();
        try (CatalogSnapshot snapshot = CatalogSnapshot.open(connection)) {
            Array schemaNames = connection.createArrayOf("text", schemas.names().toArray());
            tables = readTables(connection, schemaNames, schemas, request.filter(), views);
            readColumns(connection, schemaNames, tables);
            readConstraints(connection, schemaNames, schemas, tables);
            readIndexes(connection, schemaNames, tables);
            sequences = readSequences(connection, schemaNames, schemas, request.filter());
            schemaNames.free();
            snapshot.finish();
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "Could not read schema(s) " + String.join(", ",
                    schemas.names()) + " from pg_catalog (" + e.getMessage().strip()
                    + "); check the connection and that the user may read the catalogue", e);
        }
        List<TableDraft> drafts = new ArrayList<>();
        for (ReadTable table : tables.values()) {
            if (table.draft != null) {
                drafts.add(table.draft);
            }
        }
        return ReflectedModels.of(drafts, sequences, views);
    }

    /**
     * A table of the reflected schemas while the statements run: its draft (null when the filter
     * leaves it out, but its columns are still read, for foreign keys that point at it) and its columns
     * by attnum.
     */
    private static final class ReadTable {
        final String name;
        final TableDraft draft;
        Column[] byAttnum = new Column[16];

        ReadTable(String name, TableDraft draft) {
            this.name = name;
            this.draft = draft;
        }

        void add(int attnum, Column column) {
            if (attnum >= byAttnum.length) {
                byAttnum = Arrays.copyOf(byAttnum, Math.max(attnum + 1, byAttnum.length * 2));
            }
            byAttnum[attnum] = column;
        }

        String columnName(int attnum) {
            Column column = attnum < byAttnum.length ? byAttnum[attnum] : null;
            if (column == null) {
                throw new IllegalStateException("table " + name + " has no column number " + attnum);
            }
            return column.name();
        }

        List<String> columnNames(int[] attnums) {
            String[] names = new String[attnums.length];
            for (int i = 0; i < attnums.length; i++) {
                names[i] = columnName(attnums[i]);
            }
            return Arrays.asList(names);
        }

        /** Hands the columns to the draft, in attnum order. */
        void finishColumns() {
            if (draft != null) {
                for (Column column : byAttnum) {
                    if (column != null) {
                        draft.columns.add(column);
                    }
                }
            }
        }
    }

    private static ResultSet query(PreparedStatement statement, String sql, Array schemaNames) throws SQLException {
        statement.setFetchSize(FETCH_SIZE);
        int parameter = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                statement.setArray(++parameter, schemaNames);
            }
        }
        return statement.executeQuery();
    }

    private static Map<Long, ReadTable> readTables(Connection connection, Array schemaNames, ReflectedSchemas schemas,
                                                   TableFilter filter, List<TableName> views) throws SQLException {
        Map<Long, ReadTable> tables = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.TABLES);
             ResultSet rows = query(statement, CatalogQueries.TABLES, schemaNames)) {
            while (rows.next()) {
                String name = rows.getString(3);
                char kind = rows.getString(5).charAt(0);
                if (kind == 'v' || kind == 'm') {
                    if (filter.manages(name)) {
                        views.add(new TableName(schemas.modelSchema(rows.getString(2)), name));
                    }
                    continue;
                }
                TableDraft draft = filter.manages(name)
                        ? new TableDraft(schemas.modelSchema(rows.getString(2)), name, rows.getString(4)) : null;
                tables.put(rows.getLong(1), new ReadTable(name, draft));
            }
        }
        return tables;
    }

    private static void readColumns(Connection connection, Array schemaNames, Map<Long, ReadTable> tables)
            throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.COLUMNS);
             ResultSet rows = query(statement, CatalogQueries.COLUMNS, schemaNames)) {
            long currentOid = -1;
            ReadTable current = null;
            while (rows.next()) {
                long oid = rows.getLong(1);
                if (oid != currentOid) {
                    currentOid = oid;
                    current = tables.get(oid);
                }
                if (current == null) {
                    continue;
                }
                String type = types.computeIfAbsent(rows.getString(4), t -> t);
                String defaultValue = rows.getString(6);
                if (rows.getBoolean(9)) {
                    type = SerialColumns.type(type);
                    defaultValue = null;
                }
                current.add(rows.getInt(2), new Column(rows.getString(3), type, !rows.getBoolean(5),
                        defaultValue, identity(rows.getString(7)), rows.getString(8)));
            }
        }
        for (ReadTable table : tables.values()) {
            table.finishColumns();
        }
    }

    private static Identity identity(String attidentity) {
        if (attidentity.isEmpty()) {
            return null;
        }
        return attidentity.charAt(0) == 'a' ? Identity.ALWAYS : Identity.BY_DEFAULT;
    }

    private static void readConstraints(Connection connection, Array schemaNames, ReflectedSchemas schemas,
                                        Map<Long, ReadTable> tables) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.CONSTRAINTS);
             ResultSet rows = query(statement, CatalogQueries.CONSTRAINTS, schemaNames)) {
            while (rows.next()) {
                ReadTable table = tables.get(rows.getLong(1));
                if (table == null || table.draft == null) {
                    continue;
                }
                TableDraft draft = table.draft;
                String name = rows.getString(2);
                switch (rows.getString(3).charAt(0)) {
                    case 'p' -> draft.primaryKey = new PrimaryKey(name, table.columnNames(Attnums.parse(rows.getString(4))));
                    case 'u' -> draft.uniques.add(new UniqueConstraint(name,
                            table.columnNames(Attnums.parse(rows.getString(4)))));
                    case 'c' -> draft.checks.add(new CheckConstraint(name, CheckClauses.expression(rows.getString(12))));
                    case 'f' -> draft.foreignKeys.add(foreignKey(rows, name, table, schemas, tables));
                    default -> throw new IllegalStateException("unexpected constraint kind for " + name);
                }
            }
        }
    }

    private static ForeignKey foreignKey(ResultSet rows, String name, ReadTable table, ReflectedSchemas schemas,
                                         Map<Long, ReadTable> tables) throws SQLException {
        List<String> referencedColumns;
        Array outside = rows.getArray(9);
        if (outside != null) {
            referencedColumns = Arrays.asList((String[]) outside.getArray());
            outside.free();
        } else {
            referencedColumns = tables.get(rows.getLong(5)).columnNames(Attnums.parse(rows.getString(8)));
        }
        return new ForeignKey(name, table.columnNames(Attnums.parse(rows.getString(4))),
                schemas.modelSchema(rows.getString(6)), rows.getString(7), referencedColumns,
                action(rows.getString(10)), action(rows.getString(11)));
    }

    /** The action a {@code pg_constraint.confdeltype} / {@code confupdtype} code stands for. */
    static ReferentialAction action(String code) {
        switch (code.charAt(0)) {
            case 'r':
                return ReferentialAction.RESTRICT;
            case 'c':
                return ReferentialAction.CASCADE;
            case 'n':
                return ReferentialAction.SET_NULL;
            case 'd':
                return ReferentialAction.SET_DEFAULT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    private static void readIndexes(Connection connection, Array schemaNames, Map<Long, ReadTable> tables)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.INDEXES);
             ResultSet rows = query(statement, CatalogQueries.INDEXES, schemaNames)) {
            while (rows.next()) {
                ReadTable table = tables.get(rows.getLong(1));
                if (table == null || table.draft == null) {
                    continue;
                }
                int keyCount = rows.getInt(4);
                int[] attnums = Attnums.parse(rows.getString(5));
                int[] options = Attnums.parse(rows.getString(6));
                boolean btree = rows.getBoolean(7);
                Array expressionArray = rows.getArray(9);
                String[] expressions = expressionArray == null ? null : (String[]) expressionArray.getArray();
                List<IndexColumn> keys = new ArrayList<>(keyCount);
                for (int k = 0; k < keyCount; k++) {
                    String key = attnums[k] == 0 ? expressions[k] : table.columnName(attnums[k]);
                    keys.add(new IndexColumn(key, btree && (options[k] & 1) != 0));
                }
                table.draft.indexes.add(new Index(rows.getString(2), keys, rows.getBoolean(3), rows.getString(8)));
            }
        }
    }

    private static List<Sequence> readSequences(Connection connection, Array schemaNames, ReflectedSchemas schemas,
                                                TableFilter filter) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.SEQUENCES);
             ResultSet rows = query(statement, CatalogQueries.SEQUENCES, schemaNames)) {
            while (rows.next()) {
                String name = rows.getString(2);
                if (filter.manages(name)) {
                    Sequence sequence = SequenceDefinitions.sequence(schemas.modelSchema(rows.getString(1)), name,
                            rows.getString(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                            rows.getLong(8), rows.getBoolean(9));
                    String ownerTable = rows.getString(10);
                    sequences.add(ownerTable == null ? sequence
                            : sequence.ownedBy(new SequenceOwner(ownerTable, rows.getString(11))));
                }
            }
        }
        return sequences;
    }
}
