package dev.retort.runner;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table that records which revisions a database is at:
 * {@code retort_version(version_num varchar(64) primary key)}, one row per head of the applied
 * revisions. Several rows mean several branches are applied; no rows, or no table, mean base.
 */
public final class VersionTable {
    public static final String NAME = "retort_version";
    public static final String COLUMN = "version_num";

    private final Dialect dialect;
    private final String schema;

    public VersionTable(Dialect dialect, String schema) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** The table's name as it appears in SQL, qualified with its schema. */
    public String qualifiedName() {
        return dialect.quote(schema) + "." + dialect.quote(NAME);
    }

    /** Whether the table exists; creates nothing. */
    public boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, schema, NAME);
    }

    /** Creates the table if it is missing. */
    public void create(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(createSql());
        }
    }

    /** The statement that creates the table if it is missing. */
    public String createSql() {
        return dialect.versionTableDdl(schema, NAME);
    }

    /** The recorded revision ids, sorted; the table must exist. */
    public Set<String> read(Connection connection) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT " + COLUMN + " FROM " + qualifiedName());
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return Collections.unmodifiableSet(rows);
    }

    /**
     * Changes the rows from {@code before} to {@code after}: an update per replaced id, then
     * deletes and inserts for the rest. Each update and delete must hit exactly one row.
     */
    public void write(Connection connection, Set<String> before, Set<String> after) throws SQLException {
        for (Change change : changes(before, after)) {
            try (PreparedStatement st = connection.prepareStatement(change.sql(qualifiedName()))) {
                for (int i = 0; i < change.values().size(); i++) {
                    st.setString(i + 1, change.values().get(i));
                }
                int count = st.executeUpdate();
                if (count != 1) {
                    throw new SQLException("the version table " + qualifiedName() + " changed underneath the runner: "
                            + change.describe() + " affected " + count + " rows instead of 1");
                }
            }
        }
    }

    /** The same changes as {@link #write}, as SQL text with literal values, for offline scripts. */
    public List<String> writeSql(Set<String> before, Set<String> after) {
        List<String> sql = new ArrayList<>();
        for (Change change : changes(before, after)) {
            String text = change.sql(qualifiedName());
            for (String value : change.values()) {
                text = text.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement("'" + value.replace("'", "''") + "'"));
            }
            sql.add(text);
        }
        return sql;
    }

    private static List<Change> changes(Set<String> before, Set<String> after) {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        List<Change> changes = new ArrayList<>();
        Iterator<String> gone = removed.iterator();
        Iterator<String> come = added.iterator();
        while (gone.hasNext() && come.hasNext()) {
            changes.add(new Change(Change.Kind.UPDATE, List.of(come.next(), gone.next())));
        }
        gone.forEachRemaining(id -> changes.add(new Change(Change.Kind.DELETE, List.of(id))));
        come.forEachRemaining(id -> changes.add(new Change(Change.Kind.INSERT, List.of(id))));
        return changes;
    }

    /** One row change; its values fill the statement's parameters in order. */
    private record Change(Kind kind, List<String> values) {
        enum Kind { UPDATE, DELETE, INSERT }

        String sql(String table) {
            switch (kind) {
                case UPDATE:
                    return "UPDATE " + table + " SET " + COLUMN + " = ? WHERE " + COLUMN + " = ?";
                case DELETE:
                    return "DELETE FROM " + table + " WHERE " + COLUMN + " = ?";
                default:
                    return "INSERT INTO " + table + " (" + COLUMN + ") VALUES (?)";
            }
        }

        String describe() {
            switch (kind) {
                case UPDATE:
                    return "replacing " + values.get(1) + " with " + values.get(0);
                case DELETE:
                    return "deleting " + values.get(0);
                default:
                    return "inserting " + values.get(0);
            }
        }
    }
}
