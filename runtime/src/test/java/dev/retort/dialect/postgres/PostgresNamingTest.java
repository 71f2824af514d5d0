package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The names {@link PostgresNaming} predicts are the ones PostgreSQL really chooses. */
@ExtendWith(PostgresExtension.class)
class PostgresNamingTest {
    private final PostgresNaming naming = new PostgresNaming();

    @Test
    void predictsTheNamesPostgresChooses(TestDatabase db) throws Exception {
        String longTable = "a_table_with_a_rather_long_name_that_goes_on_and_on_for_a_while";
        db.execute(
                "CREATE TABLE payment (id bigint PRIMARY KEY, kind varchar(10) CHECK (kind in ('A','B')),"
                        + " amount int, fee int, CHECK (amount > fee), CHECK (amount + fee < 100), UNIQUE (kind, amount))",
                "CREATE TABLE " + longTable + " (identifier_of_the_row_in_question bigint PRIMARY KEY,"
                        + " another_quite_long_column_name_for_the_test int UNIQUE,"
                        + " CHECK (another_quite_long_column_name_for_the_test > 0),"
                        + " REFERENCES_x bigint REFERENCES payment (id))");
        Set<String> predicted = new TreeSet<>();
        Set<String> taken = new TreeSet<>();
        predicted.add(naming.primaryKeyName("payment", taken));
        predicted.add(take(taken, naming.checkName("payment", "kind", taken)));
        predicted.add(take(taken, naming.checkName("payment", null, taken)));
        predicted.add(take(taken, naming.checkName("payment", null, taken)));
        predicted.add(naming.uniqueName("payment", List.of("kind", "amount"), Set.of()));
        predicted.add(naming.primaryKeyName(longTable, Set.of()));
        predicted.add(naming.uniqueName(longTable, List.of("another_quite_long_column_name_for_the_test"), Set.of()));
        predicted.add(naming.checkName(longTable, "another_quite_long_column_name_for_the_test", Set.of()));
        predicted.add(naming.foreignKeyName(longTable, List.of("references_x"), Set.of()));

        Set<String> actual = new TreeSet<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT conname FROM pg_constraint c JOIN pg_namespace n"
                     + " ON n.oid = c.connamespace WHERE n.nspname = 'public'")) {
            while (rs.next()) {
                actual.add(rs.getString(1));
            }
        }
        assertEquals(actual, predicted);
    }

    private static String take(Set<String> taken, String name) {
        taken.add(name);
        return name;
    }
}
