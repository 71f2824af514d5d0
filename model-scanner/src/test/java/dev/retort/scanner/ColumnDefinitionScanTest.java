package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialects;
import dev.retort.schema.Column;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code @Column(columnDefinition)} with clauses after the type: the model holds the type, default
 * and nullability PostgreSQL makes of Hibernate's DDL (which {@link HibernateOracleTest} checks
 * against a real database for the same fixture).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnDefinitionScanTest {
    private ScanResult result;

    @BeforeAll
    void scan() {
        result = new ModelScanner(Dialects.postgres()).scan(Fixtures.request("coldef"));
    }

    @Test
    void typesDefaultsAndNullability() {
        Table gadget = ScannedModel.table(result, "gadget");
        assertEquals(new Column("archived", "boolean", true, "false", null, null), ScannedModel.column(gadget, "archived"));
        assertEquals(new Column("createdat", "timestamp with time zone", true, "now()", null, null),
                ScannedModel.column(gadget, "createdat"));
        assertEquals(new Column("label", "varchar(20)", false, "'x'", null, null), ScannedModel.column(gadget, "label"));
        assertEquals(new Column("token", "uuid", true, "gen_random_uuid()", null, null), ScannedModel.column(gadget, "token"));
        assertEquals(new Column("ratio", "double precision", false, "1.5", null, null), ScannedModel.column(gadget, "ratio"));
        assertEquals(new Column("seenat", "timestamp(3) with time zone", true, null, null, null),
                ScannedModel.column(gadget, "seenat"));
        assertEquals(new Column("paren", "character varying(20)", true, "'(' || 'x)'", null, null),
                ScannedModel.column(gadget, "paren"));
        assertEquals(new Column("quoted", "text", false, "'it''s'::text", null, null), ScannedModel.column(gadget, "quoted"));
        assertEquals(new Column("amount", "numeric(10, 2)", true, "(1 + 2) * 3", null, null),
                ScannedModel.column(gadget, "amount"));
        assertEquals("case when true then 'a' else null end", ScannedModel.column(gadget, "cased").defaultValue());
        assertEquals(new Column("nothing", "int", true, null, null, null), ScannedModel.column(gadget, "nothing"));
        assertEquals(new Column("numbers", "integer[]", false, "'{1,2}'", null, null), ScannedModel.column(gadget, "numbers"));
        assertEquals(new Column("id", "bigint", false, null, null, null), ScannedModel.column(gadget, "id"));
    }

    @Test
    void collationIsLeftOutWithAWarning() {
        assertEquals(new Column("sortkey", "varchar(40)", true, null, null, null),
                ScannedModel.column(ScannedModel.table(result, "gadget"), "sortkey"));
        assertEquals(List.of("Entity " + Fixtures.BASE + "coldef.Gadget, column sortkey of table gadget: COLLATE \"C\""
                + " in the columnDefinition is ignored, Retort does not model collations yet (a column Retort creates"
                + " gets the database's default collation)"), result.warnings());
    }

    @Test
    void serialColumnsAreNotNullWithoutDefaultOrSequence() {
        Table gadget = ScannedModel.table(result, "gadget");
        assertEquals(new Column("ticketno", "bigserial", false, null, null, null), ScannedModel.column(gadget, "ticketno"));
        assertEquals(new Column("counter", "serial", false, null, null, null), ScannedModel.column(gadget, "counter"));
        assertEquals(List.of(Sequence.of("part_seq").incrementBy(50)), result.model().sequences());
    }

    @Test
    void aForeignKeyColumnCopiesTheReferencedColumnDefinition() {
        assertEquals(new Column("gadget_id", "bigint", false, null, null, null),
                ScannedModel.column(ScannedModel.table(result, "part"), "gadget_id"),
                "Hibernate copies \"bigint not null\" to the join column, so the optional reference is NOT NULL");
    }
}
