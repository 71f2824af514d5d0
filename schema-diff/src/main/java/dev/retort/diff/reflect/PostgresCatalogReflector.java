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
 * Reads a PostgreSQL schema straight from pg_catalog with five set-wise statements
 * ({@link CatalogQueries}), however many tables there are. The default reflector on PostgreSQL.
 */
public final class PostgresCatalogReflector implements SchemaReflector {

    @Override
    public SchemaModel reflect(Connection connection, ReflectRequest request) {
        ReflectedSchemas schemas = ReflectedSchemas.of(request);
        try {
            Array schemaNames = connection.createArrayOf("text", schemas.names().toArray());
            try {
                Map<Long, TableDraft> tables = readTables(connection, schemaNames, schemas, request.filter());
                readColumns(connection, schemaNames, tables);
                readConstraints(connection, schemaNames, schemas, tables);
                readIndexes(connection, schemaNames, tables);
                List<Sequence> sequences = readSequences(connection, schemaNames, schemas, request.filter());
                return ReflectedModels.of(tables.values(), sequences);
            } finally {
                schemaNames.free();
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "Could not read the schema " + schemas.names()
                    + " from pg_catalog: " + e.getMessage(), e);
        }
    }

    private static ResultSet query(PreparedStatement statement, Array schemaNames) throws SQLException {
        statement.setArray(1, schemaNames);
        return statement.executeQuery();
    }

    private static Map<Long, TableDraft> readTables(Connection connection, Array schemaNames,
                                                    ReflectedSchemas schemas, TableFilter filter) throws SQLException {
        Map<Long, TableDraft> tables = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.TABLES);
             ResultSet rows = query(statement, schemaNames)) {
            while (rows.next()) {
                String name = rows.getString(3);
                if (filter.manages(name)) {
                    tables.put(rows.getLong(1), new TableDraft(schemas.modelSchema(rows.getString(2)), name,
                            rows.getString(4)));
                }
            }
        }
        return tables;
    }

    private static void readColumns(Connection connection, Array schemaNames, Map<Long, TableDraft> tables)
            throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.COLUMNS);
             ResultSet rows = query(statement, schemaNames)) {
            long currentOid = -1;
            TableDraft current = null;
            while (rows.next()) {
                long oid = rows.getLong(1);
                if (oid != currentOid) {
                    currentOid = oid;
                    current = tables.get(oid);
                }
                if (current == null) {
                    continue;
                }
                String type = types.computeIfAbsent(rows.getString(3), t -> t);
                Identity identity = identity(rows.getString(6));
                current.columns.add(new Column(rows.getString(2), type, !rows.getBoolean(4), rows.getString(5),
                        identity, rows.getString(7)));
            }
        }
    }

    private static Identity identity(String attidentity) {
        if (attidentity.isEmpty()) {
            return null;
        }
        return attidentity.charAt(0) == 'a' ? Identity.ALWAYS : Identity.BY_DEFAULT;
    }

    private static void readConstraints(Connection connection, Array schemaNames, ReflectedSchemas schemas,
                                        Map<Long, TableDraft> tables) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.CONSTRAINTS);
             ResultSet rows = query(statement, schemaNames)) {
            while (rows.next()) {
                TableDraft table = tables.get(rows.getLong(1));
                if (table == null) {
                    continue;
                }
                String name = rows.getString(2);
                switch (rows.getString(3).charAt(0)) {
                    case 'p' -> table.primaryKey = new PrimaryKey(name, names(rows.getArray(4)));
                    case 'u' -> table.uniques.add(new UniqueConstraint(name, names(rows.getArray(4))));
                    case 'c' -> table.checks.add(new CheckConstraint(name, CheckClauses.expression(rows.getString(10))));
                    case 'f' -> table.foreignKeys.add(new ForeignKey(name, names(rows.getArray(4)),
                            schemas.modelSchema(rows.getString(5)), rows.getString(6), names(rows.getArray(7)),
                            action(rows.getString(8)), action(rows.getString(9))));
                    default -> throw new IllegalStateException("unexpected constraint kind for " + name);
                }
            }
        }
    }

    private static List<String> names(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        array.free();
        return Arrays.asList(names);
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

    private static void readIndexes(Connection connection, Array schemaNames, Map<Long, TableDraft> tables)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.INDEXES);
             ResultSet rows = query(statement, schemaNames)) {
            long currentIndex = -1;
            TableDraft table = null;
            String name = null;
            boolean unique = false;
            String predicate = null;
            List<IndexColumn> keys = new ArrayList<>();
            while (rows.next()) {
                long indexOid = rows.getLong(2);
                if (indexOid != currentIndex) {
                    if (table != null) {
                        table.indexes.add(new Index(name, keys, unique, predicate));
                    }
                    currentIndex = indexOid;
                    table = tables.get(rows.getLong(1));
                    name = rows.getString(3);
                    unique = rows.getBoolean(4);
                    predicate = rows.getString(5);
                    keys.clear();
                }
                if (table != null) {
                    keys.add(new IndexColumn(rows.getString(6), rows.getBoolean(7)));
                }
            }
            if (table != null) {
                table.indexes.add(new Index(name, keys, unique, predicate));
            }
        }
    }

    private static List<Sequence> readSequences(Connection connection, Array schemaNames, ReflectedSchemas schemas,
                                                TableFilter filter) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.SEQUENCES);
             ResultSet rows = query(statement, schemaNames)) {
            while (rows.next()) {
                String name = rows.getString(2);
                if (filter.manages(name)) {
                    sequences.add(SequenceDefinitions.sequence(schemas.modelSchema(rows.getString(1)), name,
                            rows.getString(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                            rows.getLong(8), rows.getBoolean(9)));
                }
            }
        }
        return sequences;
    }
}
