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
