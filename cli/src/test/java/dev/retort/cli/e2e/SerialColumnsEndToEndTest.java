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
 * Serial columns and id-generation switches through the real commands: what the downgrade rebuilds is
 * what was there, and a new sequence for a table that holds rows comes with a warning.
 */
@ExtendWith(PostgresExtension.class)
class SerialColumnsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aDroppedTableWithASerialKeyComesBackWithItsSequence(TestDatabase db) {
        db.execute("create table board (id bigserial primary key, name varchar(255))",
                "create table customer (id bigint primary key, name varchar(255))");
        String before = db.schemaDump();
        TestProject project = TestProject.create(dir, db, "com.example.serialdrop").useModel("serialdrop", "v1");
        TestProject.Result check = project.run("check");
        assertEquals("1 change between the entities and the database:\n  remove_table board (2 columns)\n",
                check.out().lines().limit(2).map(l -> l + "\n").reduce("", String::concat), check.out());
        project.run("autogenerate", "-m", "drop board").expect(0);
        project.run("upgrade", "head").expect(0);
        project.run("downgrade", "-1").expect(0);
        db.execute("drop table retort_version");
        assertEquals(before, db.schemaDump());
        db.execute("insert into board (name) values ('a')");
    }

    @Test
    void aBigserialKeyBecomesAnIdentityAndTheDowngradeMakesItSerialAgain(TestDatabase db) {
        db.execute("create table board (id bigserial primary key, name varchar(255))",
                "insert into board (name) values ('a'), ('b')");
        String before = db.schemaDump();
        TestProject project = TestProject.create(dir, db, "com.example.idswitch").useModel("idswitch", "v2");
        project.run("autogenerate", "-m", "identity").expect(0);
        project.run("upgrade", "head").expect(0);
        db.execute("insert into board (name) values ('c')");
        assertEquals("No changes detected\n", project.run("check").out());
        project.run("downgrade", "-1").expect(0);
        db.execute("drop table retort_version");
        assertEquals(before, db.schemaDump());
        db.execute("insert into board (name) values ('d')");
    }

    @Test
    void anIdentityReplacedByASequenceWarnsThatTheSequenceStartsAtOne(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.idswitch").useModel("idswitch", "v2");
        project.run("autogenerate", "-m", "v1").expect(0);
        project.run("upgrade", "head").expect(0);
        db.execute("insert into board (name) values ('a'), ('b')");
        project.useModel("idtoseq", "v2");
        TestProject.Result generated = project.run("autogenerate", "-m", "sequence").expect(0);
        assertTrue(generated.err().contains("warning: sequence board_seq is new but table board already exists:"
                + " the sequence starts at 1"), generated.err());
        assertTrue(generated.err().contains("board.id"), generated.err());
    }
}
