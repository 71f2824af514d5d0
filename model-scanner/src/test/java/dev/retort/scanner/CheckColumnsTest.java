package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which columns a check condition reads, as PostgreSQL counts them for naming. */
class CheckColumnsTest {
    private static final List<String> COLUMNS = List.of("status", "total", "previousstatus", "Rank", "text", "lower");

    @Test
    void unquotedNamesAreFoldedAndLiteralsIgnored() {
        assertEquals("previousstatus", CheckColumns.soleColumn("previousStatus between 0 and 2", COLUMNS));
        assertEquals("status", CheckColumns.soleColumn("status in ('total','Rank','it''s status')", COLUMNS));
        assertEquals("status", CheckColumns.soleColumn("status <> E'it\\'s total' and status <> 'x'", COLUMNS));
    }

    @Test
    void quotedNamesKeepTheirCase() {
        assertEquals("Rank", CheckColumns.soleColumn("\"Rank\" >= 0", COLUMNS));
        assertNull(CheckColumns.soleColumn("\"rank\" >= 0", COLUMNS));
    }

    @Test
    void functionNamesTypeNamesAndQualifiersAreNotColumns() {
        assertEquals("status", CheckColumns.soleColumn("lower(status)::text = 'x'", COLUMNS));
        assertEquals("status", CheckColumns.soleColumn("cast(status as text) <> ''", COLUMNS));
        assertEquals(Set.of("status", "total"),
                CheckColumns.read("status::character varying(10) <> text_of(total)", COLUMNS));
        assertEquals(Set.of("total", "status"), CheckColumns.read("total::int > 0 and status::text <> 'x'", COLUMNS));
        assertEquals(Set.of("total"), CheckColumns.read("t.total > 0 and total::numeric < 10", COLUMNS));
    }

    @Test
    void severalColumnsOrNoneGiveNoColumn() {
        assertNull(CheckColumns.soleColumn("payment_type <> 'CARD' or (total is not null)", List.of("payment_type", "total")));
        assertNull(CheckColumns.soleColumn("1 = 1", COLUMNS));
        assertEquals("total", CheckColumns.soleColumn("total >= 0 and total < 1e6", COLUMNS));
    }
}
