package dev.retort.dialect.postgres;

import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.index;
import static dev.retort.migration.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import dev.retort.testkit.PostgresExtension;
import dev.retort.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rendering cases that once produced SQL PostgreSQL rejects. */
@ExtendWith(PostgresExtension.class)
class DialectEdgeCasesTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private void apply(TestDatabase db, Consumer<Operations> migration) {
        Operations op = new Operations();
        migration.accept(op);
        List<String> sql = new ArrayList<>();
        for (Operation o : op.operations()) {
            sql.addAll(dialect.render(o, "public"));
        }
        db.execute(sql.toArray(String[]::new));
    }

    /** A quoted column name with a space is a column, not an expression. */
    @Test
    void indexOnAColumnWhoseNameHasASpace(TestDatabase db) {
        apply(db, op -> op.createTable("person", column("first name", "text")));
        apply(db, op -> op.createIndex("person", index("ix_person_first_name", "first name")));
        assertTrue(db.schemaDump().contains("CREATE INDEX ix_person_first_name ON public.person USING btree (\"first name\");"),
                db.schemaDump());
    }

    /** A descending sequence starts at -1 unless told otherwise, as PostgreSQL's own default. */
    @Test
    void descendingSequence(TestDatabase db) {
        apply(db, op -> op.createSequence(sequence("countdown").incrementBy(-1)));
        assertTrue(db.schemaDump().contains("START WITH -1\n    INCREMENT BY -1"), db.schemaDump());
    }
}
