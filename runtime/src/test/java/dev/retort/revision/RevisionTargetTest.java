package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionTargetTest {

    @Test
    void parsesEveryForm() {
        assertEquals(new RevisionTarget.Head(), RevisionTarget.parse("head"));
        assertEquals(new RevisionTarget.Head(), RevisionTarget.parse(" HEAD "));
        assertEquals(new RevisionTarget.Heads(), RevisionTarget.parse("heads"));
        assertEquals(new RevisionTarget.Base(), RevisionTarget.parse("base"));
        assertEquals(new RevisionTarget.Relative(1), RevisionTarget.parse("+1"));
        assertEquals(new RevisionTarget.Relative(12), RevisionTarget.parse("+12"));
        assertEquals(new RevisionTarget.Relative(-3), RevisionTarget.parse("-3"));
        assertEquals(new RevisionTarget.Id("3f9a0c12b7e4"), RevisionTarget.parse("3f9a0c12b7e4"));
        assertEquals(new RevisionTarget.Id("3f9"), RevisionTarget.parse("3f9"));
        assertEquals(new RevisionTarget.Id("1"), RevisionTarget.parse("1"), "a bare number is an id prefix");
        assertEquals(new RevisionTarget.Id("add-orders"), RevisionTarget.parse("add-orders"));
    }

    @Test
    void printsAsParsed() {
        for (String text : List.of("head", "heads", "base", "+2", "-1", "3f9a")) {
            assertEquals(text, RevisionTarget.parse(text).toString());
        }
    }

    @Test
    void rejectsBadTextListingTheForms() {
        for (String bad : Arrays.asList(null, "", "  ", "+0", "-0", "+x", "+-1", "--1", "-x", "a:b", ":head",
                "abc@head", "a b", "current", "+1234567890")) {
            RetortException e = assertThrows(RetortException.class, () -> RevisionTarget.parse(bad), String.valueOf(bad));
            assertEquals(ErrorKind.CONFIGURATION, e.kind(), bad);
            assertTrue(e.getMessage().endsWith(RevisionTarget.FORMS), e.getMessage());
        }
        assertEquals("'abc@head' uses a branch label, which Retort does not support; use " + RevisionTarget.FORMS,
                assertThrows(RetortException.class, () -> RevisionTarget.parse("abc@head")).getMessage());
        assertEquals("relative revision +0 moves nowhere; use " + RevisionTarget.FORMS,
                assertThrows(RetortException.class, () -> RevisionTarget.parse("+0")).getMessage());
    }
}
