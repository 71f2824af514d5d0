package dev.retort.diff.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both reflectors read {@link FeatureSchema} into exactly the model its DDL describes, object by
 * object, and honour the schemas and the table filter of the request.
 */
@ExtendWith(PostgresExtension.class)
class FeatureSchemaReflectionTest {
    private static final TableFilter NO_TMP = new TableFilter(List.of(), List.of("tmp_*"), "retort_version");
    private static final ReflectRequest BOTH_SCHEMAS = new ReflectRequest("public", Set.of("other"), NO_TMP);

    private static TestDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = database;
        db.execute(FeatureSchema.SQL);
    }

    static Stream<SchemaReflector> reflectors() {
        return Stream.of(new PostgresCatalogReflector(), new SchemaCrawlerReflector());
    }

    private static SchemaModel reflect(SchemaReflector reflector, ReflectRequest request) throws SQLException {
        try (Connection connection = db.connect()) {
            return reflector.reflect(connection, request);
        }
    }

    private static Table table(SchemaModel model, String schema, String name) {
        return model.table(new TableName(schema, name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static List<TableName> tableNames(SchemaModel model) {
        return model.tables().stream().map(Table::tableName).toList();
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsTheTablesOfBothSchemasButNotViewsVersionTableOrFilteredTables(SchemaReflector reflector)
            throws SQLException {
        SchemaModel model = reflect(reflector, BOTH_SCHEMAS);

        assertEquals(List.of(TableName.of("MixedCase"), TableName.of("booking"), TableName.of("category"),
                TableName.of("customer"),
                TableName.of("measurement"), TableName.of("measurement_2024"), TableName.of("order_line"),
                TableName.of("orders"), TableName.of("serial_thing"), TableName.of("ticket"),
                new TableName("other", "audit_log"), new TableName("other", "category"),
                new TableName("other", "product")), tableNames(model));
        assertEquals(List.of(Column.of("id", "bigint").notNull(), Column.of("name", "character varying(80)").notNull()),
                table(model, null, "category").columns());
        assertEquals(List.of(Column.of("id", "integer").notNull(), Column.of("label", "text")),
                table(model, "other", "category").columns());
        assertEquals(List.of(TableName.of("customer_count"), TableName.of("customer_names"),
                new TableName("other", "product_names")), model.views(), "views by name, tmp_view filtered out");
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsColumnsWithExactTypesDefaultsIdentityAndComments(SchemaReflector reflector) throws SQLException {
        Table customer = table(reflect(reflector, BOTH_SCHEMAS), null, "customer");

        assertEquals("People who buy", customer.comment());
        assertEquals(List.of(
                new Column("id", "bigint", false, null, Identity.BY_DEFAULT, null),
                new Column("email", "character varying(200)", false, null, null, "login name"),
                Column.of("name", "text"),
                new Column("status", "character varying(20)", false, "'ACTIVE'::character varying", null, null),
                new Column("created_at", "timestamp(3) with time zone", false, "now()", null, null),
                Column.of("balance", "numeric(12,2)").defaultValue("0"),
                Column.of("tags", "text[]"),
                Column.of("scores", "integer[]"),
                Column.of("profile", "jsonb"),
                Column.of("external_id", "uuid"),
                Column.of("current_mood", "mood").defaultValue("'ok'::mood"),
                Column.of("age", "smallint"),
                Column.of("vip", "boolean").defaultValue("false"),
                Column.of("ratio", "double precision"),
                Column.of("weight", "real"),
                Column.of("born", "date"),
                Column.of("wakes_at", "time without time zone"),
                Column.of("photo", "bytea"),
                Column.of("country", "character(2)"),
                Column.of("seen_at", "timestamp without time zone"),
                Column.of("last_login", "timestamp with time zone")), customer.columns());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsKeysChecksAndIndexesOfATable(SchemaReflector reflector) throws SQLException {
        Table customer = table(reflect(reflector, BOTH_SCHEMAS), null, "customer");

        assertEquals(new PrimaryKey("customer_pkey", List.of("id")), customer.primaryKey());
        assertEquals(List.of(new UniqueConstraint("customer_email_key", List.of("email"))), customer.uniques());
        assertEquals(List.of(new CheckConstraint("customer_balance_check", "(balance >= (0)::numeric)"),
                new CheckConstraint("customer_name_check", "(name <> ''::text)")), customer.checks());
        assertEquals(List.of(
                new Index("customer_external_id_idx", List.of(IndexColumn.asc("external_id")), true, null),
                new Index("customer_lower_email_idx", List.of(IndexColumn.asc("lower((email)::text)")), false, null),
                new Index("customer_name_status_idx",
                        List.of(IndexColumn.asc("name"), IndexColumn.desc("status")), false, null),
                new Index("customer_tags_idx", List.of(IndexColumn.asc("tags")), false, null)), customer.indexes());
        assertEquals(List.of(), customer.foreignKeys());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsCheckExpressionsWithoutTheirNoInheritSuffix(SchemaReflector reflector) throws SQLException {
        Table category = table(reflect(reflector, BOTH_SCHEMAS), null, "category");

        assertEquals(List.of(new CheckConstraint("category_name_check", "((name)::text <> ''::text)")),
                category.checks());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsIdentityAlwaysSelfReferenceCascadeAndPartialAndDescendingIndexes(SchemaReflector reflector)
            throws SQLException {
        Table orders = table(reflect(reflector, BOTH_SCHEMAS), null, "orders");

        assertEquals(new Column("id", "integer", false, null, Identity.ALWAYS, null), orders.columns().get(0));
        assertEquals(new PrimaryKey("orders_pkey", List.of("id")), orders.primaryKey());
        assertEquals(List.of(new CheckConstraint("orders_note_check", "((note)::text <> ')'::text)"),
                new CheckConstraint("qty_positive", "(qty > 0)")), orders.checks());
        assertEquals(List.of(
                new ForeignKey("orders_customer_fk", List.of("customer_id"), null, "customer", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                new ForeignKey("orders_parent_fk", List.of("parent_id"), null, "orders", List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)), orders.foreignKeys());
        assertEquals(List.of(
                new Index("orders_big_idx", List.of(IndexColumn.asc("total")), false, "(total > (100)::numeric)"),
                new Index("orders_created_desc_idx", List.of(IndexColumn.desc("created_at"), IndexColumn.asc("id")),
                        false, null),
                Index.of("orders_customer_idx", "customer_id"),
                Index.of("orders_customer_incl_idx", "customer_id")), orders.indexes());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsCompositeKeysInKeyOrderAndCrossSchemaForeignKeys(SchemaReflector reflector) throws SQLException {
        SchemaModel model = reflect(reflector, BOTH_SCHEMAS);
        Table line = table(model, null, "order_line");
        Table product = table(model, "other", "product");

        assertEquals(List.of("line_no", "order_id", "product_code", "qty"),
                line.columns().stream().map(Column::name).toList());
        assertEquals(new PrimaryKey("order_line_pkey", List.of("order_id", "line_no")), line.primaryKey());
        assertEquals(List.of(new UniqueConstraint("order_line_product_order_key", List.of("product_code", "order_id"))),
                line.uniques());
        assertEquals(List.of(new CheckConstraint("qty_positive", "(qty > 0)")), line.checks());
        assertEquals(List.of(
                new ForeignKey("order_line_order_fk", List.of("order_id"), null, "orders", List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.CASCADE),
                new ForeignKey("order_line_product_fk", List.of("product_code"), "other", "product", List.of("code"),
                        ReferentialAction.NO_ACTION, ReferentialAction.SET_DEFAULT)), line.foreignKeys());

        assertEquals("other", product.schema());
        assertEquals(List.of(new Column("code", "character varying(40)", false, null, null, null),
                new Column("displayName", "text", false, null, null, null),
                Column.of("price", "numeric(10,2)").defaultValue("0.00"),
                Column.of("category_id", "bigint")), product.columns());
        assertEquals(List.of(new ForeignKey("product_category_fk", List.of("category_id"), null, "category",
                List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)), product.foreignKeys());
        assertEquals(List.of(Index.of("product_price_idx", "price")), product.indexes());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void keepsQuotedMixedCaseNamesAndReadsSerialAndGeneratedColumns(SchemaReflector reflector) throws SQLException {
        SchemaModel model = reflect(reflector, BOTH_SCHEMAS);
        Table mixed = table(model, null, "MixedCase");
        Table serial = table(model, null, "serial_thing");
        Table ticket = table(model, null, "ticket");

        assertEquals(List.of(new Column("Id", "bigint", false, null, null, null),
                Column.of("displayName", "character varying(50)").comment("shown to users"),
                Column.of("plain", "text")), mixed.columns());
        assertEquals(new PrimaryKey("MixedCase_pkey", List.of("Id")), mixed.primaryKey());
        assertEquals(List.of(new Index("IX_MixedCase_Display", List.of(IndexColumn.desc("displayName")), false, null)),
                mixed.indexes());

        assertEquals(List.of(
                new Column("id", "serial", false, null, null, null),
                new Column("big", "bigserial", false, null, null, null),
                new Column("small", "smallserial", false, null, null, null),
                Column.of("label", "text"),
                Column.of("borrowed", "bigint").defaultValue("nextval('serial_thing_big_seq'::regclass)")),
                serial.columns(), "serial columns with the default that draws from their own sequence folded in");

        assertEquals(List.of(new Column("id", "bigint", false, "nextval('ticket_seq'::regclass)", null, null),
                Column.of("a", "integer"), Column.of("doubled", "integer")), ticket.columns());
        assertNull(ticket.comment());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void leavesOutTheIndexOfAnExclusionConstraintAndReadsPartitionedTablesAndTheirPartitions(
            SchemaReflector reflector) throws SQLException {
        SchemaModel model = reflect(reflector, BOTH_SCHEMAS);

        assertEquals(List.of(), table(model, null, "booking").indexes());
        assertEquals(List.of(Index.of("measurement_logdate_idx", "logdate")),
                table(model, null, "measurement").indexes());
        assertEquals(List.of(Index.of("measurement_2024_logdate_idx", "logdate")),
                table(model, null, "measurement_2024").indexes());
        assertEquals(table(model, null, "measurement").columns(), table(model, null, "measurement_2024").columns());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsSequencesWithTypeDefaultBoundsAsNullAndTheColumnsThatOwnThem(SchemaReflector reflector)
            throws SQLException {
        SchemaModel model = reflect(reflector, BOTH_SCHEMAS);

        assertEquals(List.of(
                new Sequence(null, "countdown_seq", "integer", -1, -1, -1000L, null, 1, true),
                new Sequence(null, "invoice_seq", null, 100, 5, null, null, 1, false),
                new Sequence(null, "loose_seq", null, 1, 10, null, null, 1, false, new SequenceOwner("ticket", "a")),
                new Sequence(null, "serial_thing_big_seq", null, 1, 1, null, null, 1, false,
                        new SequenceOwner("serial_thing", "big")),
                new Sequence(null, "serial_thing_id_seq", "integer", 1, 1, null, null, 1, false,
                        new SequenceOwner("serial_thing", "id")),
                new Sequence(null, "serial_thing_small_seq", "smallint", 1, 1, null, null, 1, false,
                        new SequenceOwner("serial_thing", "small")),
                new Sequence(null, "small_seq", "smallint", 10, 1, 10L, 500L, 20, false),
                new Sequence(null, "ticket_seq", null, 1, 1, null, null, 1, false),
                new Sequence("other", "other_seq", null, 7, 1, null, null, 1, false)), model.sequences(),
                "identity sequences (customer, orders) stay out");
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void appliesIncludeGlobsToTablesAndSequences(SchemaReflector reflector) throws SQLException {
        TableFilter filter = new TableFilter(List.of("order*", "product", "ticket*"), List.of("orders"),
                "retort_version");
        SchemaModel model = reflect(reflector, new ReflectRequest("public", Set.of("other"), filter));

        assertEquals(List.of(TableName.of("order_line"), TableName.of("ticket"), new TableName("other", "product")),
                tableNames(model));
        assertEquals(List.of(Sequence.of("ticket_seq")), model.sequences());
        assertEquals(List.of(List.of("id"), List.of("code")), table(model, null, "order_line").foreignKeys().stream()
                .map(ForeignKey::referencedColumns).toList(), "keys into tables the filter leaves out stay complete");
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void writesEveryOtherSchemaByNameWhenAnotherSchemaIsTheDefault(SchemaReflector reflector) throws SQLException {
        SchemaModel model = reflect(reflector, new ReflectRequest("other", Set.of(), NO_TMP));

        assertEquals(List.of(TableName.of("audit_log"), TableName.of("category"), TableName.of("product")),
                tableNames(model));
        assertEquals(List.of(new ForeignKey("product_category_fk", List.of("category_id"), "public", "category",
                List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)),
                table(model, null, "product").foreignKeys());
        assertEquals(List.of(Sequence.of("other_seq").startWith(7)), model.sequences());
    }

    @ParameterizedTest
    @MethodSource("reflectors")
    void readsForeignKeysIntoSchemasThatAreNotReflected(SchemaReflector reflector) throws SQLException {
        SchemaModel model = reflect(reflector, new ReflectRequest("public", Set.of(), NO_TMP));

        assertEquals(List.of(), model.tables().stream().filter(t -> t.schema() != null).toList());
        assertEquals("other", table(model, null, "order_line").foreignKeys().get(1).referencedSchema());
        assertEquals(List.of("code"), table(model, null, "order_line").foreignKeys().get(1).referencedColumns());
    }
}
