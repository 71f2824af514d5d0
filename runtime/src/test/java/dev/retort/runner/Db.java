package dev.retort.runner;

import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Looks at a test database through a connection of its own. */
final class Db {
    private Db() {
    }

    static List<String> query(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The rows of the version table in a schema. */
    static Set<String> versionRows(TestDatabase db, String schema) {
        return new TreeSet<>(query(db, "SELECT version_num FROM " + schema + ".retort_version"));
    }

    static Set<String> versionRows(TestDatabase db) {
        return versionRows(db, "public");
    }

    static boolean tableExists(TestDatabase db, String qualifiedName) {
        return "t".equals(query(db, "SELECT to_regclass('" + qualifiedName + "') IS NOT NULL").get(0));
    }

    static boolean columnExists(TestDatabase db, String table, String column) {
        return !query(db, "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                + table + "' AND column_name = '" + column + "'").isEmpty();
    }
}
