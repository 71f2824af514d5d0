package dev.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationNamesTest {
    private static final Instant CREATED = Instant.parse("2026-12-01T07:38:12.999Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "add customer table | R20261201_073812_AddCustomerTable",
            "Add customer table | R20261201_073812_AddCustomerTable",
            "  add   customer\ttable!  | R20261201_073812_AddCustomerTable",
            "add email_address to customer | R20261201_073812_AddEmailAddressToCustomer",
            "widen customer.email (varchar 255 -> 320) | R20261201_073812_WidenCustomerEmailVarchar255320",
            "add URL and isActive columns | R20261201_073812_AddURLAndIsActiveColumns",
            "customer's e-mail | R20261201_073812_CustomersEMail",
            "Ajouter la colonne créée à Übersicht | R20261201_073812_AjouterLaColonneCreeeAUbersicht",
            "Straße und Øl-Preis, Łódź | R20261201_073812_StrasseUndOlPreisLodz",
            "2fa for admins | R20261201_073812_2faForAdmins",
            "add a very long message that goes on and on about many columns | R20261201_073812_AddAVeryLongMessageThatGoesOnAndOnAbout",
            "Supercalifragilisticexpialidociousnessandthensome words | R20261201_073812_Supercalifragilisticexpialidociousnessan",
            "顧客テーブルを追加 | R20261201_073812_Revision",
            "!!! ??? | R20261201_073812_Revision",
            "'' | R20261201_073812_Revision",
            "class | R20261201_073812_Class",
    })
    void classNameFromMessage(String message, String expected) {
        String name = MigrationNames.className(CREATED, message);

        assertEquals(expected, name);
        assertTrue(SourceVersion.isName(name), name);
        assertTrue(name.length() - "R20261201_073812_".length() <= MigrationNames.MAX_WORDS_LENGTH, name);
    }

    @Test
    void classNameOfNullMessageUsesTheFallback() {
        assertEquals("R20261201_073812_Revision", MigrationNames.className(CREATED, null));
    }

    @Test
    void classNameUsesUtcAndSortsByCreation() {
        Instant local = Instant.parse("2026-12-31T23:59:59Z");
        assertEquals("R20261231_235959_X", MigrationNames.className(local, "x"));

        List<String> names = new ArrayList<>();
        for (String created : List.of("2026-01-02T03:04:05Z", "2026-01-02T03:04:06Z", "2026-01-02T13:00:00Z",
                "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z")) {
            names.add(MigrationNames.className(Instant.parse(created), "zebra"));
            names.add(MigrationNames.className(Instant.parse(created).plusSeconds(1), "aardvark"));
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(names, sorted);
    }

    @Test
    void revisionIdsAreTwelveLowerCaseHexCharacters() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = MigrationNames.newRevisionId(random);
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            seen.add(id);
        }
        assertEquals(10_000, seen.size(), "48 random bits should not collide in 10,000 ids");
    }

    @Test
    void revisionIdKeepsLeadingZeros() {
        assertEquals("000000000000", MigrationNames.newRevisionId(new FixedRandom(0L)));
        assertEquals("ffffffffffff", MigrationNames.newRevisionId(new FixedRandom(-1L)));
        assertEquals("00000000002a", MigrationNames.newRevisionId(new FixedRandom(42L)));
        assertNotEquals(MigrationNames.newRevisionId(new Random(1)), MigrationNames.newRevisionId(new Random(2)));
    }

    /** Always returns the same long, to pin the formatting. */
    private static final class FixedRandom implements RandomGenerator {
        private final long value;

        FixedRandom(long value) {
            this.value = value;
        }

        @Override
        public long nextLong() {
            return value;
        }
    }
}
