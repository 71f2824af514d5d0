package dev.retort.runner;

import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.runner.Db.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Offline SQL, checked by running it and comparing with what the runner itself does. */
@ExtendWith(PostgresExtension.class)
class SqlScriptTest {

    private static History history() {
        return new History()
                .add("a1", "create customer", List.of(),
                        op -> op.createTable("customer", column("id", "bigint").notNull(), primaryKey("customer_pkey", "id")),
                        op -> op.dropTable("customer", column("id", "bigint").notNull(), primaryKey("customer_pkey", "id")))
                .add("b2", "left", List.of("a1"),
                        op -> op.addColumn("customer", column("left_note", "text")),
                        op -> op.dropColumn("customer", column("left_note", "text")))
                .add("c2", "right", List.of("a1"),
                        op -> op.addColumn("customer", column("right_note", "text")),
                        op -> op.dropColumn("customer", column("right_note", "text")))
                .add("m3", "merge", List.of("b2", "c2"), op -> { }, op -> { });
    }

    private static SqlScript script() {
        History history = history();
        return new SqlScript(new PostgresDialect(), "public", history.graph(), history::migration);
    }

    @Test
    void scriptDoesWhatTheRunnerDoes(TestDatabase online, TestDatabase offline) throws Exception {
        try (Connection c = online.connect()) {
            history().runner(c).upgrade("head");
        }
        List<String> up = script().sql("base", "head");
        assertEquals("CREATE TABLE IF NOT EXISTS public.retort_version (version_num varchar(64) NOT NULL,"
                + " CONSTRAINT retort_version_pkey PRIMARY KEY (version_num))", up.get(0));
        assertEquals(List.of("BEGIN", "ALTER TABLE public.customer ADD COLUMN left_note text",
                "UPDATE public.retort_version SET version_num = 'b2' WHERE version_num = 'a1'", "COMMIT"),
                up.subList(up.indexOf("ALTER TABLE public.customer ADD COLUMN left_note text") - 1,
                        up.indexOf("ALTER TABLE public.customer ADD COLUMN left_note text") + 3));
        assertEquals(List.of("BEGIN", "UPDATE public.retort_version SET version_num = 'm3' WHERE version_num = 'b2'",
                "DELETE FROM public.retort_version WHERE version_num = 'c2'", "COMMIT"),
                up.subList(up.size() - 4, up.size()));
        offline.execute(up.toArray(String[]::new));
        assertEquals(online.schemaDump(), offline.schemaDump());
        assertEquals(Set.of("m3"), versionRows(offline));

        assertEquals(List.of("BEGIN", "UPDATE public.retort_version SET version_num = 'b2' WHERE version_num = 'm3'",
                "INSERT INTO public.retort_version (version_num) VALUES ('c2')", "COMMIT"), script().sql("m3", "-1"));
        offline.execute(script().sql("heads", "base").toArray(String[]::new));
        assertEquals(Set.of(), versionRows(offline));
        try (Connection c = online.connect()) {
            history().runner(c).downgrade("base");
        }
        assertEquals(online.schemaDump(), offline.schemaDump());
    }

    @Test
    void directionFollowsTheTarget() {
        assertEquals(List.of("BEGIN", "ALTER TABLE public.customer ADD COLUMN left_note text",
                "INSERT INTO public.retort_version (version_num) VALUES ('b2')", "COMMIT"),
                script().sql("c2", "b2"), "b2 is not applied at c2: entering its branch goes up");
        assertEquals(List.of("BEGIN", "UPDATE public.retort_version SET version_num = 'b2' WHERE version_num = 'm3'",
                "INSERT INTO public.retort_version (version_num) VALUES ('c2')", "COMMIT",
                "BEGIN", "ALTER TABLE public.customer DROP COLUMN right_note",
                "DELETE FROM public.retort_version WHERE version_num = 'c2'", "COMMIT"),
                script().sql("m3", "b2"), "b2 is applied at m3: going to it reverts the merge and the other branch");
        assertEquals(List.of(), script().sql("head", "head"));
        assertEquals(ErrorKind.CONFIGURATION, assertThrows(RetortException.class, () -> script().sql("-1", "head")).kind());
        assertEquals(ErrorKind.REVISION, assertThrows(RetortException.class, () -> script().sql("base", "zz")).kind());
    }
}
