package dev.retort.diff;

import static dev.retort.diff.Models.diff;
import static dev.retort.diff.Models.model;
import static dev.retort.diff.Models.name;
import static dev.retort.diff.Models.table;
import static dev.retort.migration.Ddl.CASCADE;
import static dev.retort.migration.Ddl.check;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.foreignKey;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static dev.retort.migration.Ddl.tableComment;
import static dev.retort.migration.Ddl.unique;
import static dev.retort.migration.Ddl.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact plans for small model pairs, one change kind at a time. */
class SchemaDifferTest {
    private static final TableName T = name("t");
    private static final Column ID = column("id", "bigint").notNull();
    private static final ForeignKey T_TO_P = foreignKey("t_p_id_fkey", "p_id").references("p", "id");

    private static SchemaModel one(Column... columns) {
        List<dev.retort.schema.TableElement> elements = new ArrayList<>(List.of(columns));
        return model(table("t", elements.toArray(dev.retort.schema.TableElement[]::new)));
    }

    // ---- nothing to do ----

    @Test
    void aModelAgainstItselfGivesNothing() {
        SchemaModel rich = Fixtures.shop();
        assertEquals(List.of(), diff(rich, rich));
        assertEquals(List.of(), diff(SchemaModel.empty(), SchemaModel.empty()));
    }

    @Test
    void reflectedSpellingsAgainstHibernateSpellingsGiveNothing() {
        assertEquals(List.of(), diff(Fixtures.reflectedCustomer(), Fixtures.hibernateCustomer()));
    }

    @Test
    void theSameInputsGiveTheSameListWhateverTheirOrder() {
        SchemaModel a = Fixtures.shop();
        SchemaModel b = Fixtures.shopChanged();
        List<Operation> first = diff(a, b);
        List<Table> shuffled = new ArrayList<>(b.tables());
        Collections.reverse(shuffled);
        List<Sequence> sequences = new ArrayList<>(b.sequences());
        Collections.reverse(sequences);
        assertTrue(first.size() > 10, "the fixture pair changes many things");
        assertEquals(first, diff(a, b));
        assertEquals(first, diff(a, model(shuffled, sequences)));
    }

    // ---- types ----

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiterString = " | ", value = {
        "int4                           | integer                        | ",
        "integer                        | int4                           | ",
        "varchar                        | varchar(255)                   | varchar(255)",
        "varchar(100)                   | varchar                        | varchar",
        "character varying              | varchar                        | ",
        "character varying(255)         | varchar(255)                   | ",
        "float8                         | float(53)                      | ",
        "double precision               | float(53)                      | ",
        "timestamp(6)                   | timestamp without time zone    | ",
        "timestamp(6) without time zone | timestamp(6)                   | ",
        "timestamp with time zone       | timestamp(6) with time zone    | ",
        "bool                           | boolean                        | ",
        "numeric                        | numeric(38,2)                  | numeric(38,2)",
        "numeric(10,2)                  | numeric                        | numeric",
        "numeric(10,0)                  | numeric(10)                    | ",
        "timestamp without time zone    | timestamp(6)                   | ",
        "time without time zone         | time(6)                        | ",
        "interval                       | interval(6)                    | ",
        "character(1)                   | char                           | ",
        "bit(1)                         | bit                            | ",
        "bit varying                    | bit varying(8)                 | bit varying(8)",
        "timestamp(3) without time zone | timestamp(6)                   | timestamp(6)",
        "int8                           | bigint                         | ",
        "numeric(10,2)                  | numeric(12,2)                  | numeric(12,2)",
        "character varying(100)         | varchar(255)                   | varchar(255)",
        "int4                           | int8                           | bigint",
        "timestamp                      | timestamptz                    | timestamp with time zone",
        "text                           | varchar(20)                    | varchar(20)",
        "float4                         | float(53)                      | double precision",
        "char(1)                        | varchar(1)                     | varchar(1)",
    })
    void comparesTypesByMeaning(String reflected, String modelled, String expected) {
        List<Operation> ops = diff(one(column("c", reflected)), one(column("c", modelled)));
        if (expected == null) {
            assertEquals(List.of(), ops);
        } else {
            String from = Models.DIALECT.types().canonical(reflected);
            assertEquals(List.of(new AlterColumn(T, column("c", from), column("c", expected))), ops);
        }
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiterString = " | ", value = {
        "bigserial   | bigint      | ",
        "bigint      | bigserial   | ",
        "serial      | integer     | ",
        "serial4     | int4        | ",
        "smallserial | smallint    | ",
        "bigserial   | bigserial   | ",
        "serial      | bigint      | bigserial",
        "bigserial   | smallint    | smallserial",
        "integer     | bigserial   | bigint",
        "serial      | bigserial   | bigserial",
        "bigserial   | numeric     | numeric",
    })
    void comparesSerialAndPlainIntegersByWidthKeepingWhetherTheColumnIsSerial(String reflected, String modelled,
                                                                             String expected) {
        List<Operation> ops = diff(one(column("c", reflected).notNull()), one(column("c", modelled).notNull()));
        if (expected == null) {
            assertEquals(List.of(), ops);
        } else {
            String from = Models.DIALECT.types().canonical(reflected);
            assertEquals(List.of(new AlterColumn(T, column("c", from).notNull(), column("c", expected).notNull())), ops);
        }
    }

    // ---- defaults ----

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
        "'x'::text                        | 'x'                 | false",
        "now()                            | now()               | false",
        "now()                            | NOW()               | false",
        "'A'::character varying           | 'A'                 | false",
        "'-1'::integer                    | -1                  | false",
        "(1 + 2)                          | 1 + 2               | false",
        "CURRENT_TIMESTAMP                | current_timestamp   | false",
        "'{}'::text[]                     | '{}'                | false",
        "'2020-01-01'::date               | date '2020-01-01'   | false",
        "'it''s'::character varying       | 'it''s'             | false",
        "0                                | 1                   | true",
        "'A'::character varying           | 'B'                 | true",
        "'a'::text                        | 'A'                 | true",
        "now()                            | CURRENT_DATE        | true",
    })
    void comparesDefaultsAfterNormalising(String reflected, String modelled, boolean changed) {
        List<Operation> ops = diff(one(column("c", "text").defaultValue(reflected)),
                one(column("c", "text").defaultValue(modelled)));
        if (changed) {
            assertEquals(List.of(new AlterColumn(T, column("c", "text").defaultValue(reflected),
                    column("c", "text").defaultValue(modelled))), ops);
        } else {
            assertEquals(List.of(), ops);
        }
    }

    @Test
    void addsAndDropsDefaults() {
        assertEquals(List.of(new AlterColumn(T, column("c", "integer"), column("c", "integer").defaultValue("0"))),
                diff(one(column("c", "int4")), one(column("c", "integer").defaultValue("0"))));
        assertEquals(List.of(new AlterColumn(T, column("c", "integer").defaultValue("0"), column("c", "integer"))),
                diff(one(column("c", "integer").defaultValue("0")), one(column("c", "integer"))));
    }

    @Test
    void ignoresTheNextvalOfASequenceOwnedByASerialColumn() {
        SchemaModel reflected = one(column("id", "integer").notNull().defaultValue("nextval('t_id_seq'::regclass)"));
        assertEquals(List.of(), diff(reflected, one(column("id", "integer").notNull())));
        SchemaModel withOwned = new SchemaModel(reflected.tables(),
                List.of(sequence("t_id_seq").as("integer").ownedBy(new dev.retort.schema.SequenceOwner("t", "id"))));
        assertEquals(List.of(), diff(withOwned, one(column("id", "integer").notNull())));
        // a free-standing sequence in the model is not owned: its nextval default is a real default
        SchemaModel withSequence = new SchemaModel(reflected.tables(), List.of(sequence("t_id_seq")));
        SchemaModel targetWithSequence = new SchemaModel(one(column("id", "integer").notNull()).tables(),
                List.of(sequence("t_id_seq")));
        assertEquals(List.of(new AlterColumn(T,
                        column("id", "integer").notNull().defaultValue("nextval('t_id_seq'::regclass)"),
                        column("id", "integer").notNull())),
                diff(withSequence, targetWithSequence));
    }

    // ---- columns ----

    @Test
    void addsColumnsInModelOrderAndDropsThemLastColumnFirst() {
        SchemaModel db = one(ID, column("a", "text"), column("b", "text"), column("c", "text"));
        SchemaModel target = one(ID, column("a", "text"), column("x", "integer").notNull().defaultValue("0"),
                column("y", "varchar(10)"));
        assertEquals(List.of(
                new AddColumn(T, column("x", "integer").notNull().defaultValue("0")),
                new AddColumn(T, column("y", "varchar(10)")),
                new DropColumn(T, column("c", "text")),
                new DropColumn(T, column("b", "text"))), diff(db, target));
    }

    @Test
    void altersOnlyTheAspectsThatChange() {
        Column reflected = new Column("email", "character varying(255)", true, "'x'::character varying", null, "old");
        Column modelled = new Column("email", "varchar(255)", false, "'x'", null, "old");
        assertEquals(List.of(new AlterColumn(T, reflected.type("varchar(255)"), reflected.type("varchar(255)").notNull())),
                diff(one(reflected), one(modelled)));

        Column commented = modelled.nullable(true).comment("new");
        assertEquals(List.of(new AlterColumn(T, reflected.type("varchar(255)"), reflected.type("varchar(255)").comment("new"))),
                diff(one(reflected), one(commented)));

        Column everything = new Column("email", "text", false, "'y'", null, null);
        assertEquals(List.of(new AlterColumn(T, reflected.type("varchar(255)"), everything)),
                diff(one(reflected), one(everything)));
    }

    @Test
    void treatsAnEmptyCommentAsNone() {
        assertEquals(List.of(), diff(one(column("c", "text").comment("")), one(column("c", "text"))));
    }

    @Test
    void changesIdentity() {
        Column plain = column("id", "bigint").notNull();
        Column identity = column("id", "bigint").identityByDefault();
        assertEquals(List.of(new AlterColumn(T, plain, identity)), diff(one(plain), one(identity)));
        assertEquals(List.of(new AlterColumn(T, identity, plain)), diff(one(identity), one(plain)));
        assertEquals(List.of(new AlterColumn(T, identity, identity.identity(Identity.ALWAYS))),
                diff(one(identity), one(column("id", "bigint").identityAlways())));
    }

    @Test
    void primaryKeyColumnsCountAsNotNullInTheModel() {
        SchemaModel db = model(table("t", ID, primaryKey("t_pkey", "id")));
        SchemaModel target = model(table("t", column("id", "int8"), primaryKey("t_pkey", "id")));
        assertEquals(List.of(), diff(db, target));
    }

    // ---- tables ----

    @Test
    void createsANewTableWithEverythingInside() {
        Table customer = table("customer", tableComment("people"), ID,
                column("email", "character varying(255)").notNull().comment("login"),
                column("status", "varchar(20)").defaultValue("'A'"),
                primaryKey("customer_pkey", "id"), unique("customer_email_key", "email"),
                check("customer_status_check", "status in ('A','B')"),
                index("idx_customer_status", "status"));
        Table expected = table("customer", tableComment("people"), ID,
                column("email", "varchar(255)").notNull().comment("login"),
                column("status", "varchar(20)").defaultValue("'A'"),
                primaryKey("customer_pkey", "id"), unique("customer_email_key", "email"),
                check("customer_status_check", "status in ('A','B')"),
                index("idx_customer_status", "status"));
        assertEquals(List.of(new CreateTable(expected)), diff(SchemaModel.empty(), model(customer)));
    }

    @Test
    void dropsATableCarryingItsCompleteDefinition() {
        Table reflected = table("legacy", tableComment("old stuff"),
                column("id", "integer").notNull(), column("code", "character varying(10)").defaultValue("'x'::character varying"),
                primaryKey("legacy_pkey", "id"), unique("legacy_code_key", "code"),
                check("legacy_code_check", "((code)::text <> ''::text)"),
                index("legacy_code_idx", "code").descending("code"));
        Table spelled = table("legacy", tableComment("old stuff"),
                column("id", "integer").notNull(), column("code", "varchar(10)").defaultValue("'x'::character varying"),
                primaryKey("legacy_pkey", "id"), unique("legacy_code_key", "code"),
                check("legacy_code_check", "((code)::text <> ''::text)"),
                index("legacy_code_idx", "code").descending("code"));
        assertEquals(List.of(new DropTable(spelled)), diff(model(reflected), SchemaModel.empty()));
    }

    @Test
    void changesTheTableComment() {
        assertEquals(List.of(new SetTableComment(T, null, "hello")),
                diff(model(table("t", ID)), model(table("t", tableComment("hello"), ID))));
        assertEquals(List.of(new SetTableComment(T, "hello", null)),
                diff(model(table("t", tableComment("hello"), ID)), model(table("t", ID))));
    }

    @Test
    void leavesTablesTheFilterDoesNotManageAlone() {
        TableFilter filter = new TableFilter(List.of(), List.of("audit_*"), "retort_version");
        SchemaModel db = model(table("retort_version", column("version_num", "varchar(64)")),
                table("audit_log", ID), table("t", ID));
        SchemaModel target = model(table("audit_trail", ID), table("t", ID));
        assertEquals(List.of(), new SchemaDiffer(Models.DIALECT).diff(db, target, filter));
    }

    @Test
    void keepsTablesOfOtherSchemasApartAndOrdersThemLikeAnyOther() {
        Table log = Table.of("audit", "t", List.of(ID, column("p_id", "bigint"),
                foreignKey("t_p_id_fkey", "p_id").references("p", "id")));
        Table local = table("t", ID);
        assertEquals(List.of(new CreateTable(parent()), new CreateTable(log)),
                diff(model(local), model(local, log, parent())));
        assertEquals(List.of(new DropTable(log)), diff(model(local, log), model(local)));
        assertEquals("audit", ChangeReport.of(List.of(new DropTable(log))).get(0).schema());
    }

    // ---- keys ----

    @Test
    void addsDropsAndChangesPrimaryKeys() {
        Column code = column("code", "text").notNull();
        assertEquals(List.of(new AddPrimaryKey(T, primaryKey("t_pkey", "id"))),
                diff(model(table("t", ID)), model(table("t", ID, primaryKey("t_pkey", "id")))));
        assertEquals(List.of(new DropPrimaryKey(T, primaryKey("t_pkey", "id"))),
                diff(model(table("t", ID, primaryKey("t_pkey", "id"))), model(table("t", ID))));
        assertEquals(List.of(new DropPrimaryKey(T, primaryKey("t_pkey", "id")), new AddPrimaryKey(T, primaryKey("t_pkey", "id", "code"))),
                diff(model(table("t", ID, code, primaryKey("t_pkey", "id"))),
                        model(table("t", ID, code, primaryKey("t_pkey", "id", "code")))));
        assertEquals(List.of(), diff(model(table("t", ID, primaryKey("t_pkey", "id"))),
                model(table("t", ID, primaryKey("tPK", "id")))), "a different name alone is no change");
    }

    @Test
    void dropsThePrimaryKeyBeforeAlteringItsColumnAndAddsTheNewOneAfter() {
        Column a = column("a", "integer").notNull();
        SchemaModel db = model(table("t", a, column("b", "integer").notNull(), primaryKey("t_pkey", "a")));
        SchemaModel target = model(table("t", column("a", "integer"), column("b", "integer"), primaryKey("t_pkey", "b")));
        assertEquals(List.of(
                new DropPrimaryKey(T, primaryKey("t_pkey", "a")),
                new AlterColumn(T, a, column("a", "integer")),
                new AddPrimaryKey(T, primaryKey("t_pkey", "b"))), diff(db, target));
    }

    @Test
    void comparesUniquesByNameThenByColumns() {
        Column a = column("a", "text");
        Column b = column("b", "text");
        assertEquals(List.of(new AddUniqueConstraint(T, unique("t_a_key", "a"))),
                diff(model(table("t", a, b)), model(table("t", a, b, unique("t_a_key", "a")))));
        assertEquals(List.of(new DropUniqueConstraint(T, unique("t_a_key", "a"))),
                diff(model(table("t", a, b, unique("t_a_key", "a"))), model(table("t", a, b))));
        assertEquals(List.of(new DropUniqueConstraint(T, unique("t_a_key", "a")), new AddUniqueConstraint(T, unique("t_a_key", "a", "b"))),
                diff(model(table("t", a, b, unique("t_a_key", "a"))), model(table("t", a, b, unique("t_a_key", "a", "b")))));
        assertEquals(List.of(), diff(model(table("t", a, b, unique("t_a_key", "a"))),
                model(table("t", a, b, unique("uk_abc123", "a")))));
    }

    @Test
    void aUniqueConstraintAndAUniqueIndexOfOneNameAndColumnsAreTheSame() {
        Column a = column("a", "text");
        assertEquals(List.of(), diff(model(table("t", a, unique("t_a_key", "a"))), model(table("t", a, uniqueIndex("t_a_key", "a")))));
        assertEquals(List.of(), diff(model(table("t", a, uniqueIndex("t_a_key", "a"))), model(table("t", a, unique("t_a_key", "a")))));
        assertEquals(List.of(new DropUniqueConstraint(T, unique("t_a_key", "a")), new CreateIndex(T, uniqueIndex("ux_a", "a"))),
                diff(model(table("t", a, unique("t_a_key", "a"))), model(table("t", a, uniqueIndex("ux_a", "a")))));
    }

    @Test
    void comparesIndexesByNameThenByDefinition() {
        Column a = column("a", "text");
        Column b = column("b", "text");
        SchemaModel plain = model(table("t", a, b, index("t_a_idx", "a")));
        assertEquals(List.of(new CreateIndex(T, index("t_a_idx", "a"))), diff(model(table("t", a, b)), plain));
        assertEquals(List.of(new DropIndex(T, index("t_a_idx", "a"))), diff(plain, model(table("t", a, b))));
        assertEquals(List.of(), diff(plain, model(table("t", a, b, index("IDXabc", "a")))), "renamed only");
        for (dev.retort.schema.Index changed : List.of(index("t_a_idx", "a", "b"), index("t_a_idx", "b"),
                index("t_a_idx", "a").descending("a"), uniqueIndex("t_a_idx", "a"), index("t_a_idx", "a").where("b is not null"))) {
            assertEquals(List.of(new DropIndex(T, index("t_a_idx", "a")), new CreateIndex(T, changed)),
                    diff(plain, model(table("t", a, b, changed))), changed.toString());
        }
    }

    @Test
    void comparesIndexPredicatesAndExpressionsAfterNormalising() {
        Column a = column("a", "text");
        SchemaModel db = model(table("t", a, index("t_lower_idx", "lower((a)::text)").where("(a IS NOT NULL)")));
        SchemaModel target = model(table("t", a, index("t_lower_idx", "lower(a::text)").where("a is not null")));
        assertEquals(List.of(), diff(db, target));
    }

    // ---- foreign keys ----

    private static Table parent() {
        return table("p", ID, primaryKey("p_pkey", "id"));
    }

    @Test
    void addsAndDropsForeignKeysAroundTheTableBlocks() {
        Column pId = column("p_id", "bigint");
        SchemaModel without = model(parent(), table("t", ID, pId));
        SchemaModel with = model(parent(), table("t", ID, pId, T_TO_P));
        assertEquals(List.of(new AddForeignKey(T, T_TO_P)), diff(without, with));
        assertEquals(List.of(new DropForeignKey(T, T_TO_P)), diff(with, without));
    }

    @Test
    void anActionChangeIsADropAndAnAddButANameChangeIsNothing() {
        Column pId = column("p_id", "bigint");
        SchemaModel with = model(parent(), table("t", ID, pId, T_TO_P));
        ForeignKey cascading = T_TO_P.onDelete(CASCADE);
        assertEquals(List.of(new DropForeignKey(T, T_TO_P), new AddForeignKey(T, cascading)),
                diff(with, model(parent(), table("t", ID, pId, cascading))));
        assertEquals(List.of(), diff(with, model(parent(), table("t", ID, pId, T_TO_P.rename("FKhkliix97")))));
        ForeignKey renamedCascading = T_TO_P.rename("FKhkliix97").onDelete(CASCADE);
        assertEquals(List.of(new DropForeignKey(T, T_TO_P), new AddForeignKey(T, renamedCascading)),
                diff(with, model(parent(), table("t", ID, pId, renamedCascading))));
    }

    @Test
    void aForeignKeyOverAKeyThatIsRebuiltIsDroppedFirstAndAddedAgainLast() {
        Column pId = column("p_id", "bigint");
        Column code = column("code", "text").notNull();
        SchemaModel db = model(table("p", ID, code, primaryKey("p_pkey", "id"), unique("p_id_code_key", "id", "code")),
                table("t", ID, pId, T_TO_P));
        SchemaModel target = model(table("p", ID, code, primaryKey("p_pkey", "id", "code"), unique("p_id_key", "id")),
                table("t", ID, pId, T_TO_P));
        TableName p = name("p");
        assertEquals(List.of(
                new DropForeignKey(T, T_TO_P),
                new DropPrimaryKey(p, primaryKey("p_pkey", "id")),
                new DropUniqueConstraint(p, unique("p_id_code_key", "id", "code")),
                new AddPrimaryKey(p, primaryKey("p_pkey", "id", "code")),
                new AddUniqueConstraint(p, unique("p_id_key", "id")),
                new AddForeignKey(T, T_TO_P)), diff(db, target));
    }

    @Test
    void aForeignKeyOverAColumnThatChangesTypeIsRebuilt() {
        SchemaModel db = model(parent(), table("t", ID, column("p_id", "integer"), T_TO_P));
        SchemaModel target = model(parent(), table("t", ID, column("p_id", "bigint"), T_TO_P));
        assertEquals(List.of(
                new DropForeignKey(T, T_TO_P),
                new AlterColumn(T, column("p_id", "integer"), column("p_id", "bigint")),
                new AddForeignKey(T, T_TO_P)), diff(db, target));
    }

    // ---- checks ----

    @Test
    void addsAndDropsChecksByName() {
        Column s = column("s", "text");
        CheckConstraint c = check("t_s_check", "s <> ''");
        assertEquals(List.of(new AddCheckConstraint(T, c)), diff(model(table("t", s)), model(table("t", s, c))));
        assertEquals(List.of(new DropCheckConstraint(T, c)), diff(model(table("t", s, c)), model(table("t", s))));
        assertEquals(List.of(), diff(model(table("t", s, c)), model(table("t", s, check("t_other_check", "(s <> '')")))),
                "same body under another name");
    }

    @Test
    void neverReportsACheckBodyChangeItCannotProveWithTheTextualCanonicalizer() {
        Column status = column("status", "varchar(255)");
        SchemaModel reflected = model(table("t", status, check("t_status_check",
                "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))")));
        SchemaModel hibernate = model(table("t", status, check("t_status_check", "status in ('A','B')")));
        SchemaModel changed = model(table("t", status, check("t_status_check", "status in ('A','B','C')")));
        assertEquals(List.of(), diff(reflected, hibernate));
        assertEquals(List.of(), diff(reflected, changed));
    }

    @Test
    void asksTheCanonicalizerOnceForEveryUnsettledExpression() {
        List<List<ExpressionQuestion>> calls = new ArrayList<>();
        ExpressionCanonicalizer answerDifferent = questions -> {
            calls.add(questions);
            return questions.stream().map(q -> ExpressionVerdict.DIFFERENT).toList();
        };
        Column status = column("status", "varchar(255)").defaultValue("'A'::character varying");
        CheckConstraint reflectedCheck = check("t_status_check", "((status)::text = 'A'::text)");
        SchemaModel db = model(table("t", status, reflectedCheck),
                table("u", column("n", "integer").defaultValue("'1000'::numeric"), index("u_n_idx", "n").where("(n > 0)")));
        CheckConstraint modelledCheck = check("t_status_check", "status = 'B'");
        SchemaModel target = model(table("t", status.defaultValue("'A'"), modelledCheck),
                table("u", column("n", "integer").defaultValue("1e3"), index("u_n_idx", "n").where("n >= 1")));

        List<Operation> ops = new SchemaDiffer(Models.DIALECT, answerDifferent).diff(db, target, Models.ALL);

        assertEquals(1, calls.size());
        assertEquals(List.of(
                new ExpressionQuestion(ExpressionQuestion.Kind.CHECK, T, "t_status_check", reflectedCheck.expression(),
                        "status = 'B'", List.of(column("status", "varchar(255)").defaultValue("'A'"))),
                new ExpressionQuestion(ExpressionQuestion.Kind.DEFAULT, name("u"), "n", "'1000'::numeric", "1e3",
                        List.of(column("n", "integer").defaultValue("1e3"))),
                new ExpressionQuestion(ExpressionQuestion.Kind.INDEX_PREDICATE, name("u"), "u_n_idx", "(n > 0)", "n >= 1",
                        List.of(column("n", "integer").defaultValue("1e3")))), calls.get(0));
        TableName u = name("u");
        assertEquals(List.of(
                new DropCheckConstraint(T, reflectedCheck), new AddCheckConstraint(T, modelledCheck),
                new DropIndex(u, index("u_n_idx", "n").where("(n > 0)")),
                new AlterColumn(u, column("n", "integer").defaultValue("'1000'::numeric"), column("n", "integer").defaultValue("1e3")),
                new CreateIndex(u, index("u_n_idx", "n").where("n >= 1"))), ops);

        calls.clear();
        ExpressionCanonicalizer answerSame = questions -> {
            calls.add(questions);
            return questions.stream().map(q -> ExpressionVerdict.SAME).toList();
        };
        assertEquals(List.of(), new SchemaDiffer(Models.DIALECT, answerSame).diff(db, target, Models.ALL));
        assertEquals(1, calls.size());

        calls.clear();
        assertEquals(List.of(), new SchemaDiffer(Models.DIALECT, answerDifferent).diff(db, db, Models.ALL));
        assertEquals(List.of(), calls, "nothing to ask when the text agrees");
    }

    // ---- sequences ----

    @Test
    void createsAltersAndDropsSequences() {
        Sequence hibernate = sequence("customer_seq").incrementBy(50);
        Sequence reflected = new Sequence(null, "customer_seq", "bigint", 1, 50, 1L, Long.MAX_VALUE, 1, false);
        assertEquals(List.of(), diff(model(List.of(), List.of(reflected)), model(List.of(), List.of(hibernate))),
                "explicit default bounds and type are the defaults");
        assertEquals(List.of(new CreateSequence(hibernate)), diff(SchemaModel.empty(), model(List.of(), List.of(hibernate))));
        assertEquals(List.of(new DropSequence(hibernate)), diff(model(List.of(), List.of(hibernate)), SchemaModel.empty()));
        Sequence changed = hibernate.incrementBy(10).cache(5).maxValue(1000);
        assertEquals(List.of(new AlterSequence(hibernate, changed)),
                diff(model(List.of(), List.of(hibernate)), model(List.of(), List.of(changed))));
        assertEquals(List.of(new AlterSequence(hibernate.as("bigint"), hibernate.as("integer"))),
                diff(model(List.of(), List.of(hibernate.as("int8"))), model(List.of(), List.of(hibernate.as("int4")))));
    }

    // ---- order ----

    @Test
    void createsReferencedTablesFirst() {
        Table child = table("a_child", ID, column("p_id", "bigint"), foreignKey("fk_child_parent", "p_id").references("b_parent", "id"));
        Table parentTable = table("b_parent", ID, primaryKey("b_parent_pkey", "id"));
        assertEquals(List.of(new CreateTable(parentTable), new CreateTable(child)), diff(SchemaModel.empty(), model(child, parentTable)));
        assertEquals(List.of(new DropTable(child), new DropTable(parentTable)), diff(model(child, parentTable), SchemaModel.empty()));
    }

    @Test
    void keepsASelfReferenceInsideTheTable() {
        Table tree = table("node", ID, column("parent_id", "bigint"), primaryKey("node_pkey", "id"),
                foreignKey("node_parent_fkey", "parent_id").references("node", "id"));
        assertEquals(List.of(new CreateTable(tree)), diff(SchemaModel.empty(), model(tree)));
        assertEquals(List.of(new DropTable(tree)), diff(model(tree), SchemaModel.empty()));
    }

    @Test
    void breaksACycleAmongNewTablesWithAForeignKeyAddedAfterTheCreates() {
        Table a = Fixtures.cycleTable("a", "b");
        Table b = Fixtures.cycleTable("b", "c");
        Table c = Fixtures.cycleTable("c", "a");
        ForeignKey cToA = c.foreignKeys().get(0);
        assertEquals(List.of(
                new CreateTable(c.withForeignKeys(List.of())), new CreateTable(b), new CreateTable(a),
                new AddForeignKey(name("c"), cToA)), diff(SchemaModel.empty(), model(a, b, c)));
    }

    @Test
    void breaksACycleAmongDroppedTablesWithAForeignKeyDroppedBeforeTheDrops() {
        Table a = Fixtures.cycleTable("a", "b");
        Table b = Fixtures.cycleTable("b", "c");
        Table c = Fixtures.cycleTable("c", "a");
        ForeignKey cToA = c.foreignKeys().get(0);
        assertEquals(List.of(
                new DropForeignKey(name("c"), cToA),
                new DropTable(a), new DropTable(b), new DropTable(c.withForeignKeys(List.of()))),
                diff(model(a, b, c), SchemaModel.empty()));
    }

    @Test
    void dropsTheForeignKeyOfAnExistingTableBeforeTheTableItReferences() {
        Column pId = column("p_id", "bigint");
        SchemaModel db = model(parent(), table("t", ID, pId, T_TO_P));
        SchemaModel target = model(table("t", ID));
        assertEquals(List.of(new DropForeignKey(T, T_TO_P), new DropTable(parent()), new DropColumn(T, pId)), diff(db, target));
    }

    @Test
    void aNewTableReferencingAKeyAnExistingTableGainsWaitsForIt() {
        Column code = column("code", "text").notNull();
        SchemaModel db = model(table("p", ID, code));
        ForeignKey toCode = foreignKey("n_code_fkey", "code").references("p", "code");
        Table n = table("n", ID, code, toCode);
        SchemaModel target = model(table("p", ID, code, unique("p_code_key", "code")), n);
        assertEquals(List.of(
                new CreateTable(n.withForeignKeys(List.of())),
                new AddUniqueConstraint(name("p"), unique("p_code_key", "code")),
                new AddForeignKey(name("n"), toCode)), diff(db, target));
    }

    @Test
    void ordersAFullPlanStepByStep() {
        List<Operation> ops = diff(Fixtures.shop(), Fixtures.shopChanged());
        List<String> kinds = ops.stream().map(o -> o.getClass().getSimpleName() + " " + subject(o)).toList();
        assertEquals(List.of(
                "CreateSequence invoice_seq",
                "AlterSequence customer_seq",
                "DropForeignKey purchase.fk_purchase_customer",
                "DropForeignKey tag_b.fk_tag_b_a",
                "DropTable tag_a",
                "DropTable tag_b",
                "CreateTable invoice",
                "AddColumn customer.nickname",
                "DropIndex customer.idx_customer_name",
                "DropIndex customer.idx_customer_legacy",
                "DropCheckConstraint customer.customer_status_check",
                "AlterColumn customer.email",
                "AlterColumn customer.status",
                "AddCheckConstraint customer.customer_status_values",
                "CreateIndex customer.idx_customer_name",
                "SetTableComment customer",
                "DropColumn customer.legacy_code",
                "AddForeignKey purchase.fk_purchase_customer",
                "DropSequence old_seq"), kinds);
    }

    private static String subject(Operation op) {
        Change change = ChangeReport.of(List.of(op)).get(0);
        Object inner = change.details().containsKey("column") ? change.details().get("column") : change.details().get("name");
        if (change.table() == null) {
            return String.valueOf(inner);
        }
        return inner == null ? change.table() : change.table() + "." + inner;
    }
}
