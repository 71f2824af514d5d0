package dev.retort.diff;

import static dev.retort.diff.Models.diff;
import static dev.retort.diff.Models.name;
import static dev.retort.diff.Models.table;
import static dev.retort.migration.Ddl.column;
import static dev.retort.migration.Ddl.primaryKey;
import static dev.retort.migration.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.SequenceOwner;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serial columns (reflected as {@code bigserial} without default) and the sequences they own: an owned
 * sequence is the entities' sequence of that name, goes with its column, and never shows its owner in
 * an operation; a serial column compares as its integer type but keeps its spelling where the plan
 * creates it.
 */
class SerialSequencesDiffTest {
    private static final Column SERIAL_ID = column("id", "bigserial").notNull();
    private static final Table BOARD = table("board", SERIAL_ID, column("name", "varchar(255)"),
            primaryKey("board_pkey", "id"));
    private static final Sequence OWNED = sequence("board_id_seq").ownedBy(new SequenceOwner("board", "id"));
    private static final SchemaModel REFLECTED = new SchemaModel(List.of(BOARD), List.of(OWNED));

    private static Table hibernateBoard() {
        return table("board", column("id", "bigint").notNull(), column("name", "varchar(255)"),
                primaryKey("board_pkey", "id"));
    }

    @Test
    void aSerialKeyMatchesAPlainBigintAndItsSequenceIsNotDropped() {
        assertEquals(List.of(), diff(REFLECTED, new SchemaModel(List.of(hibernateBoard()), List.of())));
    }

    @Test
    void theEntitiesNamingTheOwnedSequenceAddNothing() {
        SchemaModel target = new SchemaModel(List.of(hibernateBoard()), List.of(sequence("board_id_seq")));
        assertEquals(List.of(), diff(REFLECTED, target));
    }

    @Test
    void anOwnedSequenceTheEntitiesNameIsComparedAndAlteredWithoutItsOwner() {
        Sequence wanted = sequence("board_id_seq").incrementBy(50);
        SchemaModel target = new SchemaModel(List.of(hibernateBoard()), List.of(wanted));
        assertEquals(List.of(new AlterSequence(sequence("board_id_seq"), wanted)), diff(REFLECTED, target));
    }

    @Test
    void aDroppedTableTakesItsSequenceAlongAndItsInverseCreatesBothAgain() {
        List<Operation> ops = diff(REFLECTED, SchemaModel.empty());
        assertEquals(List.of(new DropTable(BOARD)), ops);
        assertEquals("bigserial", ((DropTable) ops.get(0)).table().column("id").orElseThrow().type(),
                "CREATE TABLE with bigserial re-creates board_id_seq");
    }

    @Test
    void aSequenceTheEntitiesKeepWhileItsOwnerGoesIsCreatedAfterTheOwnerIsGone() {
        Sequence kept = sequence("board_id_seq");
        assertEquals(List.of(new DropTable(BOARD), new CreateSequence(kept)),
                diff(REFLECTED, new SchemaModel(List.of(), List.of(kept))));

        Table withoutId = table("board", column("name", "varchar(255)"));
        assertEquals(List.of(new DropColumn(name("board"), SERIAL_ID), new CreateSequence(kept)),
                diff(new SchemaModel(List.of(table("board", SERIAL_ID, column("name", "varchar(255)"))), List.of(OWNED)),
                        new SchemaModel(List.of(withoutId), List.of(kept))));
    }

    @Test
    void freeStandingSequencesTheEntitiesDropAreStillDropped() {
        Sequence free = sequence("board_ids");
        assertEquals(List.of(new DropSequence(free)),
                diff(new SchemaModel(List.of(BOARD), List.of(OWNED, free)),
                        new SchemaModel(List.of(hibernateBoard()), List.of())));
    }

    @Test
    void newSerialColumnsAndTablesKeepTheSerialSpelling() {
        Table ticket = table("ticket", column("id", "bigint").identityByDefault(),
                column("ticket_no", "serial8").notNull(), primaryKey("ticket_pkey", "id"));
        List<Operation> ops = diff(SchemaModel.empty(), new SchemaModel(List.of(ticket), List.of()));
        assertEquals(List.of(new CreateTable(table("ticket", column("id", "bigint").identityByDefault(),
                column("ticket_no", "bigserial").notNull(), primaryKey("ticket_pkey", "id")))), ops);

        Table before = table("ticket", column("id", "bigint").identityByDefault(), primaryKey("ticket_pkey", "id"));
        assertEquals(List.of(new AddColumn(name("ticket"), column("ticket_no", "bigserial").notNull())),
                diff(new SchemaModel(List.of(before), List.of()), new SchemaModel(List.of(ticket), List.of())));
    }

    @Test
    void aSerialColumnTheEntitiesDeclareNullableIsNotNullAllTheSame() {
        Table nullable = table("ticket", column("id", "bigint").notNull(), column("ticket_no", "bigserial"));
        Table reflected = table("ticket", column("id", "bigint").notNull(), column("ticket_no", "bigserial").notNull());
        assertEquals(List.of(), diff(new SchemaModel(List.of(reflected), List.of()),
                new SchemaModel(List.of(nullable), List.of())));
    }

    @Test
    void aSerialKeyBecomingIdentityKeepsItsSpellingSoTheDialectDropsTheOldSequence() {
        Table identity = table("board", column("id", "bigint").identityByDefault(), column("name", "varchar(255)"),
                primaryKey("board_pkey", "id"));
        assertEquals(List.of(new AlterColumn(name("board"), SERIAL_ID, SERIAL_ID.identityByDefault())),
                diff(REFLECTED, new SchemaModel(List.of(identity), List.of())));
    }

    @Test
    void anIdentityColumnTheEntitiesDeclareSerialBecomesSerial() {
        Column identity = column("n", "bigint").identityByDefault();
        Table db = table("t", column("id", "bigint").notNull(), identity);
        Table target = table("t", column("id", "bigint").notNull(), column("n", "bigserial").notNull());
        assertEquals(List.of(new AlterColumn(name("t"), identity, identity.type("bigserial").identity(null))),
                diff(new SchemaModel(List.of(db), List.of()), new SchemaModel(List.of(target), List.of())));
    }

    @Test
    void aNextvalDefaultOfASequenceSomeColumnOwnsIsNotTheEntitiesBusiness() {
        Table borrowing = table("t", column("id", "bigint").notNull(),
                column("n", "bigint").defaultValue("nextval('board_id_seq'::regclass)"));
        Table target = table("t", column("id", "bigint").notNull(), column("n", "bigint"));
        assertEquals(List.of(), diff(new SchemaModel(List.of(BOARD, borrowing), List.of(OWNED)),
                new SchemaModel(List.of(hibernateBoard(), target), List.of())));
    }

    @Test
    void warnsWhenANewSequenceFeedsATableThatAlreadyExists() {
        Table identity = table("board", column("id", "bigint").identityByDefault(), column("name", "varchar(255)"),
                primaryKey("board_pkey", "id"));
        Sequence boardSeq = sequence("board_seq").incrementBy(50);
        DiffResult result = new SchemaDiffer(Models.DIALECT).plan(new SchemaModel(List.of(identity), List.of()),
                new SchemaModel(List.of(hibernateBoard()), List.of(boardSeq)), Models.ALL);
        assertEquals(List.of(new CreateSequence(boardSeq),
                new AlterColumn(name("board"), identity.column("id").orElseThrow(), column("id", "bigint").notNull())),
                result.operations());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        String warning = result.warnings().get(0);
        assertTrue(warning.contains("board_seq") && warning.contains("table board") && warning.contains("board.id")
                && warning.contains("starts at 1"), warning);

        // a custom name: the table whose identity goes away
        Sequence custom = sequence("board_ids");
        DiffResult renamed = new SchemaDiffer(Models.DIALECT).plan(new SchemaModel(List.of(identity), List.of()),
                new SchemaModel(List.of(hibernateBoard()), List.of(custom)), Models.ALL);
        assertEquals(1, renamed.warnings().size(), renamed.warnings().toString());
        assertTrue(renamed.warnings().get(0).contains("board_ids"), renamed.warnings().get(0));
    }

    @Test
    void noWarningForASequenceOfANewTable() {
        DiffResult result = new SchemaDiffer(Models.DIALECT).plan(SchemaModel.empty(),
                new SchemaModel(List.of(hibernateBoard()), List.of(sequence("board_seq"))), Models.ALL);
        assertEquals(List.of(), result.warnings());
    }
}
