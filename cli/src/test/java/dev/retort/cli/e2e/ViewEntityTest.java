package dev.retort.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A read-only entity over a view the team maintains by hand. */
@ExtendWith(PostgresExtension.class)
class ViewEntityTest {
    @TempDir
    Path dir;

    @Test
    void entityOverAViewIsNotATableToCreate(TestDatabase db) {
        db.execute("create table customer (id bigint primary key, name varchar(255))",
                "create view customer_summary as select id, name from customer");
        TestProject project = TestProject.create(dir, db, "com.example.viewentity").useModel("viewentity", "v1");
        TestProject.Result check = project.run("check");
        assertEquals("No changes detected\n", check.out(), check.out() + check.err());
        assertTrue(check.err().contains("warning: customer_summary is a view in the database; Retort does not manage"
                + " views, so the entity over it is left alone"), check.err());
    }
}
