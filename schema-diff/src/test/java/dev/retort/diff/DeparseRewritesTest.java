package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidate spellings; whether they restore anything is for the server to show (see RestoredExpressionsTest). */
class DeparseRewritesTest {
    private static final String VARCHAR_IN =
            "((genre)::text = ANY ((ARRAY['NOVEL'::character varying, 'POETRY'::character varying])::text[]))";

    @Test
    void spellsAVarcharInListAsTheListTheTypedArrayAndTheBareArray() {
        assertEquals(List.of(
                "(genre IN ('NOVEL', 'POETRY'))",
                "((genre)::text = ANY ((ARRAY['NOVEL'::character varying, 'POETRY'::character varying]::character varying[])::text[]))",
                "((genre)::text = ANY (ARRAY['NOVEL'::character varying, 'POETRY'::character varying]))"),
                DeparseRewrites.candidates(VARCHAR_IN));
    }

    @Test
    void spellsNotInAndRewritesEveryOccurrenceLeavingTheRestAsItIs() {
        String text = "((((kind)::text <> ALL ((ARRAY['A'::character varying, 'B'::character varying])::text[])) OR"
                + " (guests IS NOT NULL)) AND ((\"Code\")::text = ANY ((ARRAY['it''s'::character varying,"
                + " NULL::character varying])::text[])))";
        assertEquals("(((kind NOT IN ('A', 'B')) OR (guests IS NOT NULL)) AND (\"Code\" IN ('it''s', NULL)))",
                DeparseRewrites.candidates(text).get(0));
    }

    @Test
    void keepsCastsItCannotTellApartAndElementsThatAreNotLiterals() {
        String text = "(((c)::character varying)::text = ANY ((ARRAY[(upper('a'::text))::character varying, 'b'::character varying])::text[]))";
        assertEquals(List.of(
                "((c)::character varying IN ((upper('a'::text))::character varying, 'b'))",
                "(((c)::character varying)::text = ANY ((ARRAY[(upper('a'::text))::character varying, 'b'::character varying]"
                        + "::character varying[])::text[]))",
                "(((c)::character varying)::text = ANY (ARRAY[(upper('a'::text))::character varying, 'b'::character varying]))"),
                DeparseRewrites.candidates(text));
    }

    @Test
    void spellsANegatedConstantWithItsTypeOrAQualifiedOperator() {
        assertEquals(List.of("(- 1::integer)", "(OPERATOR(pg_catalog.-) 1)"), DeparseRewrites.candidates("(- 1)"));
        assertEquals(List.of("(n > (- 1.5::numeric))", "(n > (OPERATOR(pg_catalog.-) 1.5))"),
                DeparseRewrites.candidates("(n > (- 1.5))"));
        assertEquals(6, DeparseRewrites.candidates("(" + VARCHAR_IN + " AND (k > (- 1)))").size(),
                "three array spellings times two negation spellings");
    }

    @Test
    void leavesTextsWithoutAKnownShapeAlone() {
        for (String text : List.of("(((kind)::text <> 'MEAL'::text) OR (guests IS NOT NULL))", "((level >= 0) AND (level <= 2))",
                "(k = ANY (ARRAY[1, 2]))", "ARRAY['a'::text, 'b'::text]", "'(ARRAY[''a''::character varying])::text[]'::text",
                "(k > '-1'::integer)", "((k - 1) > 0)", "nextval('s'::regclass)")) {
            assertEquals(List.of(), DeparseRewrites.candidates(text), text);
        }
    }
}
