package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code varchar(100)} to {@code varchar} and {@code numeric(10,2)} to {@code numeric} lift a limit:
 * a change, not "the same type because one side states no modifiers".
 */
@ExtendWith(PostgresExtension.class)
class TypeModifiersTest {
    @TempDir
    Path dir;

    @Test
    void droppingALengthOrPrecisionIsAChange(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.typemods").useModel("typemods", "v1");
        project.run("autogenerate", "-m", "v1").expect(0);
        project.run("upgrade", "head").expect(0);
        String v1 = db.schemaDump();
        project.useModel("typemods", "v2");
        TestProject.Result generated = project.run("autogenerate", "-m", "v2").expect(0);
        assertEquals(true, generated.out().startsWith("Wrote migrations/"), generated.out());
        project.run("upgrade", "head").expect(0);
        assertNotEquals(v1, db.schemaDump());
        project.run("downgrade", "-1").expect(0);
        assertEquals(v1, db.schemaDump());
    }
}
