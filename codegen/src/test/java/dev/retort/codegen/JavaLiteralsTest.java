package dev.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The literal forms users see in generated code; {@link RoundTripTest} proves they compile to the same values. */
class JavaLiteralsTest {

    @Test
    void stringsEscapeWhatJavaNeedsAndShowInvisibleCharacters() {
        assertEquals("\"it's \\\"x\\\" \\\\ \\n\\t\"", JavaLiterals.string("it's \"x\" \\ \n\t"));
        assertEquals("\"é 日本 😀\"", JavaLiterals.string("é 日本 😀"));
        assertEquals("\"\\u0000 \\u202e \\u00a0 \\ud800\"", JavaLiterals.string("\u0000 \u202e \u00a0 \ud800"));
        assertEquals("\"\\\\u0041\"", JavaLiterals.string("\\u0041"));
        assertEquals("null", JavaLiterals.string(null));
    }

    @Test
    void multiLineStringsContinueAfterEachLineBreak() {
        assertEquals("\"UPDATE t\\n\"\n+ \"SET x = 1\"", JavaLiterals.multiLineString("UPDATE t\nSET x = 1"));
        assertEquals("\"a\\n\"\n+ \"\\n\"", JavaLiterals.multiLineString("a\n\n"));
        assertEquals("\"a\"", JavaLiterals.multiLineString("a"));
    }

    @Test
    void numbersGetAnLOnlyWhenTheyNeedIt() {
        assertEquals("50", JavaLiterals.number(50));
        assertEquals("-2147483648", JavaLiterals.number(Integer.MIN_VALUE));
        assertEquals("2147483648L", JavaLiterals.number(Integer.MAX_VALUE + 1L));
        assertEquals("-9223372036854775808L", JavaLiterals.number(Long.MIN_VALUE));
    }

    @Test
    void javadocCannotBeClosedOrTurnedIntoTagsOrUnicodeEscapes() {
        assertEquals("a *&#47; b &#64;param &lt;b&gt; &amp; &#92;u000a\nnext U+202E",
                JavaLiterals.javadoc("a */ b @param <b> & \\u000a\r\nnext \u202e"));
    }
}
