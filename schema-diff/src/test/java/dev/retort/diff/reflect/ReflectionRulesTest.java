package dev.retort.diff.reflect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.diff.TableFilter;
import dev.retort.schema.Sequence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small rules both reflectors share, on their own. */
class ReflectionRulesTest {

    @Test
    void checkExpressionIsTheTextInsideTheOuterParentheses() {
        assertEquals("(qty > 0)", CheckClauses.expression("CHECK ((qty > 0))"));
        assertEquals("((note)::text <> ')'::text)", CheckClauses.expression("CHECK (((note)::text <> ')'::text))"));
        assertEquals("(a > 0)", CheckClauses.expression("CHECK ((a > 0)) NOT VALID"));
        assertEquals("(a > 0)", CheckClauses.expression("CHECK ((a > 0)) NO INHERIT NOT VALID"));
        assertEquals("false", CheckClauses.expression("CHECK (false)"));
        assertThrows(IllegalStateException.class, () -> CheckClauses.expression("UNIQUE (a)"));
    }

    @Test
    void sequenceBoundsThatAreTheTypeDefaultsBecomeNull() {
        assertEquals(new Sequence(null, "s", null, 1, 1, null, null, 1, false),
                SequenceDefinitions.sequence(null, "s", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false));
        assertEquals(new Sequence(null, "s", "integer", -1, -1, null, null, 1, false),
                SequenceDefinitions.sequence(null, "s", "integer", -1, -1, Integer.MIN_VALUE, -1, 1, false));
        assertEquals(new Sequence("x", "s", "smallint", 5, 2, 5L, 100L, 10, true),
                SequenceDefinitions.sequence("x", "s", "smallint", 5, 2, 5, 100, 10, true));
        assertEquals(new Sequence(null, "s", "smallint", 1, 1, null, 30000L, 1, false),
                SequenceDefinitions.sequence(null, "s", "smallint", 1, 1, 1, 30000, 1, false));
        assertEquals(new Sequence(null, "s", null, -1, -1, -1000L, 1L, 1, false),
                SequenceDefinitions.sequence(null, "s", "bigint", -1, -1, -1000, 1, 1, false));
    }

    @Test
    void attnumListsParseVectorsAndJoinedArrays() {
        assertArrayEquals(new int[] {1, 12, 0, 3}, Attnums.parse("1 12 0 3"));
        assertArrayEquals(new int[] {7}, Attnums.parse("7"));
        assertArrayEquals(new int[] {-2, 1, 2, 3, 4, 5}, Attnums.parse("-2 1 2 3 4 5"));
        assertArrayEquals(new int[0], Attnums.parse(""));
    }

    @Test
    void theDefaultSchemaComesFirstAndMapsToNull() {
        ReflectedSchemas schemas = ReflectedSchemas.of(
                new ReflectRequest("app", Set.of("zeta", "it's", "app"), TableFilter.all("retort_version")));

        assertEquals(List.of("app", "it's", "zeta"), schemas.names());
        assertEquals(null, schemas.modelSchema("app"));
        assertEquals("zeta", schemas.modelSchema("zeta"));
        assertEquals("(E'app', E'it''s', E'zeta')", schemas.sqlLiteralList());
        assertEquals("(E'a\\\\b')", ReflectedSchemas.of(
                new ReflectRequest("a\\b", Set.of(), TableFilter.all("v"))).sqlLiteralList());
    }
}
