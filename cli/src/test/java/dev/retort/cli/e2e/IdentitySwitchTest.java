package dev.retort.cli.e2e;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Switching an id from a sequence (or serial) to IDENTITY must not hand out ids that are already taken. */
@ExtendWith(PostgresExtension.class)
class IdentitySwitchTest {
    @TempDir
    Path dir;

    @Test
    void sequenceToIdentityKeepsIdsUnique(TestDatabase db) {
        TestProject project = TestProject.create(dir, db, "com.example.idswitch").useModel("idswitch", "v1");
        project.run("autogenerate", "-m", "v1").expect(0);
        project.run("upgrade", "head").expect(0);
        db.execute("insert into board (id, name) values (nextval('board_ids'), 'a'), (nextval('board_ids'), 'b')");
        project.useModel("idswitch", "v2");
        project.run("autogenerate", "-m", "v2").expect(0);
        project.run("upgrade", "head").expect(0);
        db.execute("insert into board (name) values ('c')");
    }

    @Test
    void bigserialToIdentityKeepsIdsUnique(TestDatabase db) {
        db.execute("create table board (id bigserial primary key, name varchar(255))",
                "insert into board (name) values ('a'), ('b')");
        TestProject project = TestProject.create(dir, db, "com.example.idswitch").useModel("idswitch", "v2");
        project.run("autogenerate", "-m", "adopt").expect(0);
        project.run("upgrade", "head").expect(0);
        db.execute("insert into board (name) values ('c')");
    }
}
