package dev.retort.codegen;

import static dev.retort.migration.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer refuses because the fluent API cannot record it exactly, and invalid specs. */
class UnsupportedOperationsTest {
    private static final TableName T = TableName.of("t");

    @Test
    void blankTableCommentCannotBeWrittenWithTableComment() {
        Table table = new Table(null, "t", List.of(column("a", "int")), null, List.of(), List.of(), List.of(), List.of(), " ");
        for (Operation op : List.of(new CreateTable(table), new DropTable(table))) {
            RetortException e = assertThrows(RetortException.class, () -> write(op));
            assertEquals(ErrorKind.MODEL, e.kind());
            assertEquals("Table t has a blank comment \" \", which a migration cannot express through tableComment():"
                    + " give it a real comment or remove it", e.getMessage());
        }
    }

    @Test
    void indexListingAKeyInBothDirectionsCannotBeWrittenWithDescending() {
        Index index = new Index("i", List.of(IndexColumn.asc("a"), IndexColumn.desc("a")), false, null);
        RetortException e = assertThrows(RetortException.class, () -> write(new CreateIndex(T, index)));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertEquals("Index i on t lists a both ascending and descending, which a migration cannot express through"
                + " index(...).descending(...): write this index with op.execute(sql, undoSql)", e.getMessage());
    }

    @Test
    void incompleteForeignKeyIsRejected() {
        ForeignKey noTarget = ForeignKey.of("f", List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> write(new AddForeignKey(T, noTarget)));
        ForeignKey unpaired = new ForeignKey("f", List.of("a", "b"), null, "u", List.of("x"), null, null);
        assertThrows(IllegalArgumentException.class, () -> write(new AddForeignKey(T, unpaired)));
    }

    @Test
    void alterSequenceCannotRename() {
        assertThrows(IllegalArgumentException.class,
                () -> write(new AlterSequence(Sequence.of("a"), Sequence.of("b"))));
    }

    @Test
    void specRejectsBadNames() {
        RetortException e = assertThrows(RetortException.class, () -> spec("com.example.1migrations", "R1"));
        assertEquals(ErrorKind.CONFIGURATION, e.kind());
        assertEquals("'com.example.1migrations' is not a Java package name: set retort.migrations.package to dotted"
                + " identifiers such as com.example.migrations", e.getMessage());
        assertThrows(RetortException.class, () -> spec("com.example.class", "R1"));
        assertThrows(IllegalArgumentException.class, () -> spec("", "R1-X"));
        assertThrows(IllegalArgumentException.class, () -> spec("", "a.B"));
        assertThrows(IllegalArgumentException.class, () -> spec("", "enum"));
        assertThrows(IllegalArgumentException.class,
                () -> new MigrationSpec("", "R1", " ", List.of(), "m", Instant.EPOCH, List.of()));
    }

    private static MigrationSpec spec(String packageName, String className) {
        return new MigrationSpec(packageName, className, "0123456789ab", List.of(), "m", Instant.EPOCH, List.of());
    }

    private static String write(Operation op) {
        return new MigrationWriter().write(Fixtures.spec("R1", "0123456789ab", List.of(), "m", List.of(op)));
    }
}
