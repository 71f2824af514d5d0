package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
        "'x'::text                            | 'x'",
        "'A'::character varying               | 'A'",
        "'A'::character varying(20)           | 'A'",
        "now()                                | NOW( )",
        "CURRENT_TIMESTAMP                    | current_timestamp",
        "CURRENT_TIMESTAMP(3)                 | current_timestamp(3)",
        "'-1'::integer                        | -1",
        "(-1)                                 | -1",
        "'-0.5'::numeric                      | -0.5",
        "(0)::numeric                         | 0",
        "(1 + 2)                              | 1+2",
        "('x'::text || 'y'::text)             | 'x' || 'y'",
        "'{}'::text[]                         | '{}'",
        "'2020-01-01'::date                   | date '2020-01-01'",
        "'2020-01-01 00:00:00'::timestamp without time zone | '2020-01-01 00:00:00'",
        "'t'::timestamp(6) with time zone     | 't'",
        "'it''s'::character varying           | 'it''s'",
        "\"status\"                           | status",
        "((status)::text = 'A'::text)         | status = 'A'",
        "nextval('seq'::regclass)             | nextval('seq')",
        "'N'::bpchar                          | 'N'",
        "'0'                                  | 0",
        "true                                 | TRUE",
    })
    void normalisesTheSameExpressionToTheSameText(String a, String b) {
        assertEquals(ExpressionText.normalise(a), ExpressionText.normalise(b));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
        "0                          | 1",
        "'A'::character varying     | 'B'",
        "'a'                        | 'A'",
        "\"Status\"                 | status",
        "now()                      | current_timestamp",
        "'007'                      | 7",
        "a - 1                      | a -1 + 0",
    })
    void keepsDifferentExpressionsApart(String a, String b) {
        assertNotEquals(ExpressionText.normalise(a), ExpressionText.normalise(b));
    }

    @Test
    void decodesEscapeStrings() {
        assertEquals(ExpressionText.normalise("'a\nb'::text"), ExpressionText.normalise("E'a\\nb'"));
        assertEquals(ExpressionText.normalise("'it''s'"), ExpressionText.normalise("E'it\\'s'"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])) | (status)::text = ANY ((ARRAY['A', 'B'])::text[])",
        "((code)::bpchar = 'X'::bpchar)             | code = 'X'",
        "((name)::character varying <> '')          | name <> ''",
        "((\"Kind\")::text = 'a'::text)               | \"Kind\" = 'a'",
        "(tags)::text[] && ARRAY['x']               | tags && ARRAY['x']",
        "(NULL::character varying IS NULL)          | null is null",
        "((0)::numeric < total)                     | 0 < total",
    })
    void stripsTheCastsPostgresqlAddsToNamesAndLiterals(String a, String b) {
        assertEquals(ExpressionText.normaliseCondition(a), ExpressionText.normaliseCondition(b));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
        "((starts)::date <= CURRENT_DATE)           | starts <= current_date",
        "starts::date <= current_date               | starts <= current_date",
        "((nights)::integer > 0)                    | nights > 0",
        "((price)::numeric(10,0) > 5)               | price > 5",
        "((name)::character varying(3) = 'abc')     | name = 'abc'",
        "((\"Total\")::bigint > 0)                    | \"Total\" > 0",
        "((at)::timestamp with time zone > now())   | at > now()",
    })
    void keepsCastsOnNamesThatChangeTheValue(String a, String b) {
        assertNotEquals(ExpressionText.normaliseCondition(a), ExpressionText.normaliseCondition(b));
    }

    @Test
    void keepsEveryCastOnANameWhenComparingTwoTextsPostgresqlPrinted() {
        ExpressionText.NameCasts keep = ExpressionText.NameCasts.NONE;
        assertNotEquals(ExpressionText.normaliseCondition("((status)::text = 'A'::text)", keep),
                ExpressionText.normaliseCondition("(status = 'A'::text)", keep));
        assertEquals(ExpressionText.normaliseCondition("CHECK (((status)::text = 'A'::text))", keep),
                ExpressionText.normaliseCondition("((status)::text = 'A'::text)", keep));
        assertEquals(ExpressionText.normaliseCondition("(total > (0)::numeric)", keep),
                ExpressionText.normaliseCondition("(total > 0)", keep), "casts on literals still go");
        assertNotEquals(ExpressionText.normalise("(starts)::date", keep), ExpressionText.normalise("starts", keep));
    }

    @Test
    void stripsTheCheckWrapper() {
        assertEquals(ExpressionText.normaliseCondition("((ord >= 0) AND (ord <= 3))"),
                ExpressionText.normaliseCondition("CHECK (((ord >= 0) AND (ord <= 3)))"));
        assertEquals(ExpressionText.normaliseCondition("(amount >= 0)"),
                ExpressionText.normaliseCondition("CHECK ((amount >= 0)) NOT VALID"));
    }

    @Test
    void findsTheSequenceOfANextvalDefault() {
        assertArrayEquals(new String[] {null, "t_id_seq"},
                ExpressionText.nextvalSequence("nextval('t_id_seq'::regclass)").orElseThrow());
        assertArrayEquals(new String[] {"shop", "Order_seq"},
                ExpressionText.nextvalSequence("nextval('shop.\"Order_seq\"'::regclass)").orElseThrow());
        assertTrue(ExpressionText.nextvalSequence("nextval('a') + 1").isEmpty());
        assertTrue(ExpressionText.nextvalSequence("0").isEmpty());
    }

    @Test
    void seesStatementSeparatorsOnlyOutsideLiterals() {
        assertTrue(ExpressionText.hasStatementSeparator("0); DROP TABLE customer; --"));
        assertFalse(ExpressionText.hasStatementSeparator("'a;b'"));
        assertFalse(ExpressionText.hasStatementSeparator("\"odd;name\" > 0"));
    }
}
