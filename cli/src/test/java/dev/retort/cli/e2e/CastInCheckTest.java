package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code starts::date <= current_date} and {@code starts <= current_date} are different checks (the
 * second rejects bookings later today); so are {@code nights::integer > 0} and {@code nights > 0}.
 */
@ExtendWith(PostgresExtension.class)
class CastInCheckTest {
    @TempDir
    Path dir;

    @Test
    void removingACastOnAColumnChangesTheCheck(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.castcheck").useModel("castcheck", "v1");
        project.run("autogenerate", "-m", "v1").expect(0);
        project.run("upgrade", "head").expect(0);
        project.useModel("castcheck", "v2");
        TestProject.Result check = project.run("check");
        assertTrue(check.out().contains("booking_not_future") && check.out().contains("booking_whole_nights"),
                check.out());
        project.run("autogenerate", "-m", "v2").expect(0);
        project.run("upgrade", "head").expect(0);
        // 0.4 nights is positive (v2) but casts to 0 (v1): only the v2 check accepts it
        db.execute("insert into booking (id, starts, nights) values (1, current_date - 1, 0.4)");
        assertEquals("No changes detected\n", project.run("check").out());
    }
}
