package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Names PostgreSQL must choose, number or shorten, quoted names, other schemas, composite keys. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeScanTest {
    private static final ModelScanner SCANNER = new ModelScanner(Dialects.postgres());
    private ScanResult result;

    @BeforeAll
    void scan() {
        result = SCANNER.scan(Fixtures.request("edge"));
    }

    @Test
    void otherSchemasAreNamedAndSequencesStayWhereHibernatePutsThem() {
        assertEquals(Set.of("billing"), result.otherSchemas());
        Table ledger = result.model().table(new TableName("billing", "ledger")).orElseThrow();
        assertEquals("jsonb", ScannedModel.column(ledger, "payload").type());
        assertEquals("jsonb", ScannedModel.column(ledger, "attributes").type());
        assertEquals("varchar(255)[]", ScannedModel.column(ledger, "labels").type(), "Hibernate writes varchar(255) array");
        assertEquals("timestamp(6) with time zone", ScannedModel.column(ledger, "bookedat").type());
        ForeignKey owner = ScannedModel.foreignKey(ledger, "owner_Code");
        assertNull(owner.referencedSchema());
        assertEquals("MixedCase", owner.referencedTable());
        assertEquals(List.of("Code"), owner.referencedColumns());
        assertTrue(result.model().sequences().contains(Sequence.of("ledger_ids").withSchema("billing")));
        assertTrue(result.model().sequences().contains(Sequence.of("account_seq").incrementBy(50)));
    }

    @Test
    void quotedNamesKeepTheirCase() {
        Table mixed = ScannedModel.table(result, "MixedCase");
        assertEquals(List.of("Rank", "Code", "DisplayName"), ScannedModel.columnNames(mixed));
        assertEquals(new PrimaryKey("MixedCase_pkey", List.of("Code")), mixed.primaryKey());
        assertEquals(List.of(new UniqueConstraint("MixedCase_DisplayName_key", List.of("DisplayName"))),
                mixed.uniques());
        assertEquals(List.of(IndexColumn.desc("Rank")), mixed.indexes().get(0).columns());
    }

    @Test
    void collidingNamesAreNumberedAsPostgresqlNumbersThem() {
        Table a = ScannedModel.table(result, "a");
        assertEquals(List.of(new UniqueConstraint("a_a_b_key", List.of("a_b")),
                new UniqueConstraint("a_a_b_key1", List.of("a", "b"))), a.uniques());
        assertEquals(List.of("a_b_c_check", "a_x_positive", "a_x_small", "a_sum_small", "a_check"),
                a.checks().stream().map(CheckConstraint::name).toList());
        // table a is created first; its a_b_c_check is taken schema-wide when a_b gets its checks
        assertEquals(List.of("a_b_c_check1", "a_b_c_check2"),
                ScannedModel.table(result, "a_b").checks().stream().map(CheckConstraint::name).toList());
    }

    @Test
    void longNamesAreShortenedTo63Bytes() {
        Table table = ScannedModel.table(result, "a_table_whose_name_is_much_too_long_for_postgresql_to_keep_whol");
        assertEquals("a_table_whose_name_is_much_too_long_for_postgresql_to_keep_pkey", table.primaryKey().name());
        assertEquals(List.of("a_table_whose_name_is_much_to_a_column_with_an_equally_long_key",
                "a_table_whose_name_is_much_to_another_column_with_an_equall_key"),
                table.uniques().stream().map(UniqueConstraint::name).toList());
        assertEquals("a_table_whose_name_is_much_t_a_long_enumerated_column_nam_check", table.checks().get(0).name());
    }

    @Test
    void compositeKeysAndForeignKeys() {
        Table enrollment = ScannedModel.table(result, "enrollment");
        assertEquals(new PrimaryKey("enrollment_pkey", List.of("studentid", "coursecode")), enrollment.primaryKey());
        ForeignKey note = ScannedModel.table(result, "enrollmentnote").foreignKeys().get(0);
        assertEquals(List.of("enrollment_student", "enrollment_course"), note.columns());
        assertEquals(List.of("studentid", "coursecode"), note.referencedColumns());
        Table grades = ScannedModel.table(result, "enrollment_grades");
        assertNull(grades.primaryKey());
        assertEquals(List.of("enrollment_coursecode", "enrollment_studentid", "exam", "points"),
                grades.uniques().get(0).columns());
        assertEquals(List.of(new UniqueConstraint("course_title_key", List.of("title"))),
                ScannedModel.table(result, "course").uniques(),
                "the unique primary key column is just the key; the unnamed unique index is an unnamed unique constraint");
        Table settings = ScannedModel.table(result, "accountsettings");
        assertEquals(new PrimaryKey("accountsettings_pkey", List.of("account_id")), settings.primaryKey());
        assertEquals(ReferentialAction.CASCADE, ScannedModel.foreignKey(settings, "account_id").onDelete());
    }

    @Test
    void secondaryTablesAndTableGenerators() {
        Table details = ScannedModel.table(result, "counter_details");
        assertEquals(List.of("id", "description"), ScannedModel.columnNames(details));
        assertEquals(List.of(new UniqueConstraint("counter_details_description_key", List.of("description"))),
                details.uniques());
        assertEquals("counter", ScannedModel.foreignKey(details, "id").referencedTable());
        Table blocks = ScannedModel.table(result, "id_blocks");
        assertEquals(new PrimaryKey("id_blocks_pkey", List.of("block")), blocks.primaryKey());
        assertEquals(List.of("next_value", "block"), ScannedModel.columnNames(blocks));
    }
}
