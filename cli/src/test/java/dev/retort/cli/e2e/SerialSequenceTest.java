package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bigserial key mapped with {@code @SequenceGenerator(sequenceName = "board_id_seq")}: the sequence
 * exists (owned by the column), so there is nothing to create.
 */
@ExtendWith(PostgresExtension.class)
class SerialSequenceTest {
    @TempDir
    Path dir;

    @Test
    void theColumnsOwnSequenceIsTheEntitiesSequence(TestDatabase db) {
        db.execute("create table board (id bigserial primary key, name varchar(255))",
                "insert into board (name) values ('a')");
        TestProject project = TestProject.create(dir, db, "com.example.serialseq").useModel("serialseq", "v1");
        TestProject.Result check = project.run("check");
        TestProject.Result generated = project.run("autogenerate", "-m", "adopt");
        TestProject.Result upgrade = project.run("upgrade", "head");
        assertEquals(0, upgrade.exit(), check.out() + "\n" + generated.out() + "\n" + upgrade.err());
        assertEquals("No changes detected\n", project.run("check").out());
    }
}
