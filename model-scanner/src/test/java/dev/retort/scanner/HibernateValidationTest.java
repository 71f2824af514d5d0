package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hibernate's own schema validation through {@link HibernateSchemaTool#validate}. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HibernateValidationTest {
    private HibernateSchemaTool tool;
    private String script;

    @BeforeAll
    void boot() {
        tool = HibernateSchemaTool.boot(Fixtures.request("shop"));
        script = tool.createScript();
    }

    @AfterAll
    void close() {
        tool.close();
    }

    @Test
    void aDatabaseCreatedFromHibernatesScriptValidates(TestDatabase db) {
        db.execute(RetortDdl.statements(script));
        tool.validate(db.jdbcUrl(), db.user(), db.password(), "public");
    }

    @Test
    void aMissingColumnFailsNamingTheColumn(TestDatabase db) {
        db.execute(RetortDdl.statements(script));
        db.execute("alter table customer drop column email");
        RetortException e = assertThrows(RetortException.class,
                () -> tool.validate(db.jdbcUrl(), db.user(), db.password(), "public"));
        assertEquals(ErrorKind.MODEL, e.kind());
        ScanErrorsTest.assertOneLine(e);
        assertTrue(e.getMessage().contains("missing column [email]"), e.getMessage());
        assertTrue(e.getMessage().contains("table [Customer]"), e.getMessage());
    }

    @Test
    void aWrongTypeFails(TestDatabase db) {
        db.execute(RetortDdl.statements(script));
        db.execute("alter table product alter column price type integer");
        RetortException e = assertThrows(RetortException.class,
                () -> tool.validate(db.jdbcUrl(), db.user(), db.password(), "public"));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertTrue(e.getMessage().contains("price"), e.getMessage());
    }

    @Test
    void tablesAreLookedUpInTheGivenSchema(TestDatabase db) {
        List<String> statements = new ArrayList<>(List.of("create schema app", "set search_path to app"));
        statements.addAll(List.of(RetortDdl.statements(script)));
        db.execute(statements.toArray(String[]::new));

        tool.validate(db.jdbcUrl(), db.user(), db.password(), "app");
        RetortException e = assertThrows(RetortException.class,
                () -> tool.validate(db.jdbcUrl(), db.user(), db.password(), "public"));
        assertTrue(e.getMessage().startsWith("Schema validation: missing "), e.getMessage());
    }
}
