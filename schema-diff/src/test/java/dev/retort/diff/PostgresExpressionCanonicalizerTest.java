package dev.retort.diff;

import static dev.retort.migration.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.diff.ExpressionQuestion.Kind;
import dev.retort.schema.Column;
import dev.retort.schema.TableName;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresExpressionCanonicalizerTest {
    private static final TableName T = TableName.of("customer");
    private static final Column STATUS = column("status", "varchar(255)");
    private static final Column KIND = column("kind", "smallint");
    private static final Column TOTAL = column("total", "numeric(10,2)");
    private static final List<Column> COLUMNS = List.of(STATUS, KIND, TOTAL);

    /** What the database itself stores for Hibernate's DDL, read back from the catalogue. */
    private static String[] reflected(TestDatabase db) throws SQLException {
        db.execute("create table customer (status varchar(255) default 'A' check (status in ('A','B')),"
                + " kind smallint check (kind between 0 and 2), total numeric(10,2) default 0)",
                "create index customer_status_idx on customer (total) where status = 'A'");
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select (select pg_get_constraintdef(oid) from pg_constraint where conname = 'customer_status_check'),"
                        + " (select pg_get_constraintdef(oid) from pg_constraint where conname = 'customer_kind_check'),"
                        + " (select pg_get_expr(adbin, adrelid) from pg_attrdef where adnum = 1),"
                        + " (select pg_get_expr(adbin, adrelid) from pg_attrdef where adnum = 3),"
                        + " (select pg_get_expr(indpred, indrelid) from pg_index where indexrelid = 'customer_status_idx'::regclass)")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
        }
    }

    @Test
    void decidesEveryQuestionInOneRoundTripAndLeavesNothingBehind(TestDatabase db) throws SQLException {
        String[] stored = reflected(db);
        assertEquals("CHECK (((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])))", stored[0]);
        List<ExpressionQuestion> questions = List.of(
                new ExpressionQuestion(Kind.CHECK, T, "customer_status_check", stored[0], "status in ('A','B')", COLUMNS),
                new ExpressionQuestion(Kind.CHECK, T, "customer_status_check", stored[0], "status in ('A','B','C')", COLUMNS),
                new ExpressionQuestion(Kind.CHECK, T, "customer_kind_check", stored[1], "kind between 0 and 2", COLUMNS),
                new ExpressionQuestion(Kind.CHECK, T, "customer_kind_check", stored[1], "kind between 0 and 3", COLUMNS),
                new ExpressionQuestion(Kind.DEFAULT, T, "status", stored[2], "'A'", List.of(STATUS)),
                new ExpressionQuestion(Kind.DEFAULT, T, "status", stored[2], "'B'", List.of(STATUS)),
                new ExpressionQuestion(Kind.DEFAULT, T, "total", stored[3], "0.00", List.of(TOTAL)),
                new ExpressionQuestion(Kind.DEFAULT, T, "total", stored[3], "1", List.of(TOTAL)),
                new ExpressionQuestion(Kind.DEFAULT, T, "total", "'1000'::numeric", "1e3", List.of(TOTAL)),
                new ExpressionQuestion(Kind.DEFAULT, T, "total", "nextval('old_seq'::regclass)", "nextval('new_seq')",
                        List.of(column("total", "bigint"))),
                new ExpressionQuestion(Kind.INDEX_PREDICATE, T, "customer_status_idx", stored[4], "status = 'A'", COLUMNS));

        try (Connection raw = db.connect()) {
            CountingConnection counting = new CountingConnection(raw);
            List<ExpressionVerdict> verdicts = new PostgresExpressionCanonicalizer(counting.connection).judge(questions);
            assertEquals(List.of(ExpressionVerdict.SAME, ExpressionVerdict.DIFFERENT, ExpressionVerdict.SAME,
                    ExpressionVerdict.DIFFERENT, ExpressionVerdict.SAME, ExpressionVerdict.DIFFERENT, ExpressionVerdict.DIFFERENT,
                    ExpressionVerdict.DIFFERENT, ExpressionVerdict.SAME, ExpressionVerdict.DIFFERENT, ExpressionVerdict.SAME),
                    verdicts);
            assertEquals(1, counting.statements.get(), "one round trip");
            assertTrue(raw.getAutoCommit());
            try (Statement st = raw.createStatement(); ResultSet rs = st.executeQuery(
                    "select count(*) from pg_class where relname like 'retort_canon%' or relname = 'new_seq'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the temporary objects were rolled back");
            }
        }
        assertEquals(List.of(), new PostgresExpressionCanonicalizer(db.connect()).judge(List.of()));
    }

    @Test
    void aCastOnAColumnIsPartOfTheCondition(TestDatabase db) throws SQLException {
        db.execute("create table booking (id bigint, starts timestamp(6), nights numeric(38,2),"
                + " constraint booking_not_future check (starts::date <= current_date),"
                + " constraint booking_whole_nights check (nights::integer > 0),"
                + " constraint booking_plain check (starts <= current_date))");
        String notFuture;
        String wholeNights;
        String plain;
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select (select pg_get_constraintdef(oid) from pg_constraint where conname = 'booking_not_future'),"
                        + " (select pg_get_constraintdef(oid) from pg_constraint where conname = 'booking_whole_nights'),"
                        + " (select pg_get_constraintdef(oid) from pg_constraint where conname = 'booking_plain')")) {
            rs.next();
            notFuture = rs.getString(1);
            wholeNights = rs.getString(2);
            plain = rs.getString(3);
        }
        TableName booking = TableName.of("booking");
        List<Column> columns = List.of(column("id", "bigint"), column("starts", "timestamp(6)"),
                column("nights", "numeric(38,2)"));
        List<ExpressionQuestion> questions = List.of(
                new ExpressionQuestion(Kind.CHECK, booking, "booking_not_future", notFuture, "starts <= current_date",
                        columns),
                new ExpressionQuestion(Kind.CHECK, booking, "booking_not_future", notFuture,
                        "starts::date <= current_date", columns),
                new ExpressionQuestion(Kind.CHECK, booking, "booking_whole_nights", wholeNights, "nights > 0", columns),
                new ExpressionQuestion(Kind.CHECK, booking, "booking_whole_nights", wholeNights,
                        "cast(nights as integer) > 0", columns),
                new ExpressionQuestion(Kind.CHECK, booking, "booking_plain", plain, "starts::date <= current_date",
                        columns),
                new ExpressionQuestion(Kind.CHECK, booking, "booking_plain", plain, "starts <= current_date", columns));
        try (Connection connection = db.connect()) {
            assertEquals(List.of(ExpressionVerdict.DIFFERENT, ExpressionVerdict.SAME, ExpressionVerdict.DIFFERENT,
                    ExpressionVerdict.SAME, ExpressionVerdict.DIFFERENT, ExpressionVerdict.SAME),
                    new PostgresExpressionCanonicalizer(connection).judge(questions));
        }
    }

    @Test
    void findsTextsThatRestoreTheReflectedOnesTogetherWithTheQuestionsInOneRoundTrip(TestDatabase db) throws SQLException {
        String[] stored = reflected(db);
        db.execute("create index customer_in_idx on customer (kind) where status in ('A','B')",
                "alter table customer add column score integer default -1::integer");
        String inPredicate;
        String negated;
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select (select pg_get_expr(indpred, indrelid) from pg_index where indexrelid = 'customer_in_idx'::regclass),"
                        + " (select pg_get_expr(adbin, adrelid) from pg_attrdef where adnum = 4)")) {
            rs.next();
            inPredicate = rs.getString(1);
            negated = rs.getString(2);
        }
        assertEquals("(- 1)", negated);
        Column score = column("score", "integer");
        List<Column> columns = List.of(column("status", "character varying(255)"), KIND, TOTAL, score);
        String statusCheck = stored[0].substring("CHECK (".length(), stored[0].length() - 1);
        String kindCheck = stored[1].substring("CHECK (".length(), stored[1].length() - 1);
        List<ReflectedExpression> expressions = List.of(
                new ReflectedExpression(Kind.CHECK, T, "customer_status_check", statusCheck, columns),
                new ReflectedExpression(Kind.CHECK, T, "customer_kind_check", kindCheck, columns),
                new ReflectedExpression(Kind.DEFAULT, T, "status", stored[2], List.of(columns.get(0))),
                new ReflectedExpression(Kind.DEFAULT, T, "score", negated, List.of(score)),
                new ReflectedExpression(Kind.INDEX_PREDICATE, T, "customer_status_idx", stored[4], columns),
                new ReflectedExpression(Kind.INDEX_PREDICATE, T, "customer_in_idx", inPredicate, columns),
                new ReflectedExpression(Kind.CHECK, T, "written_by_hand", "status in ('A','B')", columns),
                new ReflectedExpression(Kind.CHECK, T, "gone_column", "(nosuch > 0)", columns),
                new ReflectedExpression(Kind.CHECK, T, "dollar_quotes", "((status)::text <> '$retort_sql$ $retort_probe$'::text)",
                        columns));
        List<ExpressionQuestion> questions = List.of(
                new ExpressionQuestion(Kind.CHECK, T, "customer_status_check", stored[0], "status in ('A','B')", COLUMNS),
                new ExpressionQuestion(Kind.DEFAULT, T, "status", stored[2], "'B'", List.of(STATUS)));

        try (Connection raw = db.connect()) {
            CountingConnection counting = new CountingConnection(raw);
            ExpressionAnswers answers = new PostgresExpressionCanonicalizer(counting.connection).answer(questions, expressions);
            assertEquals(1, counting.statements.get(), "one round trip for questions and restorations");
            assertEquals(List.of(ExpressionVerdict.SAME, ExpressionVerdict.DIFFERENT), answers.verdicts());
            assertEquals(List.of(
                    new Restoration("(status IN ('A', 'B'))", Restoration.Outcome.REWRITTEN),
                    new Restoration(kindCheck, Restoration.Outcome.REFLECTED),
                    new Restoration(stored[2], Restoration.Outcome.REFLECTED),
                    new Restoration("(- 1::integer)", Restoration.Outcome.REWRITTEN),
                    new Restoration(stored[4], Restoration.Outcome.REFLECTED),
                    new Restoration("(status IN ('A', 'B'))", Restoration.Outcome.REWRITTEN),
                    new Restoration("status in ('A','B')", Restoration.Outcome.NOT_RESTORABLE),
                    new Restoration("(nosuch > 0)", Restoration.Outcome.UNVERIFIED),
                    new Restoration("((status)::text <> '$retort_sql$ $retort_probe$'::text)", Restoration.Outcome.REFLECTED)),
                    answers.restorations());
            try (Statement st = raw.createStatement(); ResultSet rs = st.executeQuery(
                    "select count(*) from pg_class where relname like 'retort\\_%'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the stand-ins were rolled back");
            }
            assertTrue(raw.getAutoCommit());
        }
    }

    @Test
    void usesASavepointInsideTheCallersTransaction(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("create table kept (id integer)");
            }
            List<ExpressionVerdict> verdicts = new PostgresExpressionCanonicalizer(c).judge(List.of(
                    new ExpressionQuestion(Kind.DEFAULT, T, "status", "'A'::character varying", "'A'", List.of(STATUS))));
            assertEquals(List.of(ExpressionVerdict.SAME), verdicts);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from kept")) {
                assertTrue(rs.next(), "the caller's transaction goes on");
            }
            c.commit();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select to_regclass('kept') is not null")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
        }
    }

    @Test
    void namesTheExpressionTheServerRejects(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            PostgresExpressionCanonicalizer canonicalizer = new PostgresExpressionCanonicalizer(c);
            RetortException e = assertThrows(RetortException.class, () -> canonicalizer.judge(List.of(
                    new ExpressionQuestion(Kind.DEFAULT, T, "status", "'A'::character varying", "'A'", List.of(STATUS)),
                    new ExpressionQuestion(Kind.CHECK, T, "customer_kind_check", "(kind >= 0)", "kind >>> 0", COLUMNS),
                    new ExpressionQuestion(Kind.DEFAULT, T, "total", "0", "nosuchfunction()", List.of(TOTAL)))));
            assertEquals(ErrorKind.MODEL, e.kind());
            assertTrue(e.getMessage().contains("check constraint customer_kind_check on customer (kind >>> 0)"), e.getMessage());
            assertTrue(e.getMessage().contains("operator does not exist"), e.getMessage());
            assertTrue(e.getMessage().contains("default of customer.total (nosuchfunction())"), e.getMessage());
            assertTrue(e.getMessage().contains("function nosuchfunction() does not exist"), e.getMessage());
            assertFalse(e.getMessage().contains("default of customer.status"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");

            RetortException separator = assertThrows(RetortException.class, () -> canonicalizer.judge(List.of(
                    new ExpressionQuestion(Kind.DEFAULT, T, "total", "0", "0); drop table x; --", List.of(TOTAL)))));
            assertEquals(ErrorKind.MODEL, separator.kind());

            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select 1")) {
                assertTrue(rs.next(), "the connection is still usable");
            }
        }
    }

    @Test
    void letsTheDifferSeeAHibernateEnumChange(TestDatabase db) throws SQLException {
        String[] stored = reflected(db);
        var reflectedModel = Models.model(Models.table("customer",
                column("status", "character varying(255)").defaultValue(stored[2]),
                column("kind", "smallint"), column("total", "numeric(10,2)").defaultValue(stored[3]),
                dev.retort.migration.Ddl.check("customer_status_check", stored[0].substring("CHECK ".length())),
                dev.retort.migration.Ddl.check("customer_kind_check", stored[1].substring("CHECK ".length()))));
        var sameEntities = Models.model(Models.table("customer", STATUS.defaultValue("'A'"), KIND, TOTAL.defaultValue("0"),
                dev.retort.migration.Ddl.check("customer_status_check", "status in ('A','B')"),
                dev.retort.migration.Ddl.check("customer_kind_check", "kind between 0 and 2")));
        var newConstant = Models.model(Models.table("customer", STATUS.defaultValue("'A'"), KIND, TOTAL.defaultValue("0"),
                dev.retort.migration.Ddl.check("customer_status_check", "status in ('A','B','C')"),
                dev.retort.migration.Ddl.check("customer_kind_check", "kind between 0 and 2")));
        try (Connection c = db.connect()) {
            SchemaDiffer differ = new SchemaDiffer(Models.DIALECT, new PostgresExpressionCanonicalizer(c));
            assertEquals(List.of(), differ.diff(reflectedModel, sameEntities, Models.ALL));
            List<String> changes = ChangeReport.of(differ.diff(reflectedModel, newConstant, Models.ALL)).stream()
                    .map(Change::op).toList();
            assertEquals(List.of("remove_check", "add_check"), changes);
        }
    }
}
