package dev.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.IrreversibleOperationException;
import dev.retort.ops.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates a migration for every operation type (and the golden specs, and the split layouts),
 * compiles them all in one javac task against the runtime alone, runs them and checks that
 * {@code upgrade()} records exactly the spec's operations and {@code downgrade()} their inverses in
 * reverse order.
 */
class RoundTripTest {
    private static final Map<String, MigrationSpec> SPECS = new LinkedHashMap<>();
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();
    private static InProcessCompiler.Compiled compiled;

    @TempDir
    static Path workDir;

    @BeforeAll
    static void generateAndCompileAll() {
        Fixtures.goldenSpecs().forEach((name, spec) -> add("golden " + name, spec, new MigrationWriter()));
        Fixtures.operationCases().forEach((name, ops) -> add(name, Fixtures.spec(
                "R20261201_073812_" + Character.toUpperCase(name.charAt(0)) + name.substring(1), "0123456789ab",
                List.of("ba9876543210"), "Case " + name, ops), new MigrationWriter()));
        add("irreversible", Fixtures.spec("R20261201_073812_Irreversible", "0123456789ab", List.of(),
                "Irreversible", Fixtures.irreversible()), new MigrationWriter());
        add("irreversible blank undo", Fixtures.spec("R20261201_073812_BlankUndo", "0123456789ab", List.of(),
                "Blank undo", Fixtures.blankUndo()), new MigrationWriter());
        add("default package", new MigrationSpec("", "R20261201_073812_DefaultPackage", "0123456789ab", List.of(),
                "In the default package", Fixtures.CREATED, Fixtures.operationCases().get("index")), new MigrationWriter());
        add("nasty message", Fixtures.spec("R20261201_073812_NastyMessage", "a\"b\\c", List.of("p1", "p\"2", "p3"),
                "Fix */ \\u000a @param <b> & \"quotes\"\r\nsecond line é 😀 \u202e\u0000 and a long tail to force"
                        + " one attribute per line", Fixtures.operationCases().get("renameColumn")), new MigrationWriter());
        add("blank message", Fixtures.spec("R20261201_073812_BlankMessage", "0123456789ab", List.of(), "  ",
                List.of()), new MigrationWriter());
        add("split into methods", Fixtures.spec("R20261201_073812_SplitMethods", "0123456789ab", List.of(),
                "Split into methods", Fixtures.bigSchema(40)), new MigrationWriter(3_000, Integer.MAX_VALUE));
        add("split into classes", Fixtures.spec("R20261201_073812_SplitClasses", "0123456789ab", List.of(),
                "Split into classes", Fixtures.bigSchema(40)), new MigrationWriter(3_000, 100));
        List<Operation> splitIrreversible = new ArrayList<>(Fixtures.bigSchema(30));
        splitIrreversible.add(15, new ExecuteSql("UPDATE table_3 SET name = 'x'", null));
        add("split irreversible", Fixtures.spec("R20261201_073812_SplitIrreversible", "0123456789ab", List.of(),
                "Split irreversible", splitIrreversible), new MigrationWriter(3_000, 100));

        Map<String, String> byPath = new LinkedHashMap<>();
        SPECS.forEach((name, spec) -> byPath.put(InProcessCompiler.sourcePath(spec), SOURCES.get(name)));
        compiled = InProcessCompiler.compile(byPath, workDir);
    }

    private static void add(String name, MigrationSpec spec, MigrationWriter writer) {
        SPECS.put(name, spec);
        SOURCES.put(name, writer.write(spec));
    }

    static Stream<String> reversibleCases() {
        return SPECS.keySet().stream().filter(name -> !name.contains("irreversible") && !name.equals("golden data_migration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reversibleCases")
    void upgradeAndDowngradeReplayTheOperations(String name) {
        MigrationSpec spec = SPECS.get(name);
        Migration migration = compiled.migration(InProcessCompiler.binaryName(spec));

        Operations up = new Operations();
        migration.upgrade(up);
        assertEquals(spec.upgrade(), up.operations());

        Operations down = new Operations();
        migration.downgrade(down);
        assertEquals(inverted(spec.upgrade()), down.operations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void annotationCarriesTheRevision(String name) {
        MigrationSpec spec = SPECS.get(name);
        Revision revision = compiled.migration(InProcessCompiler.binaryName(spec)).getClass().getAnnotation(Revision.class);

        assertEquals(spec.revisionId(), revision.id());
        assertArrayEquals(spec.parents().toArray(String[]::new), revision.parents());
        assertEquals(spec.message(), revision.message());
        assertEquals("2026-12-01T07:38:12Z", revision.created());
    }

    static Stream<String> allCases() {
        return SPECS.keySet().stream();
    }

    @Test
    void everyOperationTypeIsCovered() {
        List<String> covered = SPECS.values().stream().flatMap(s -> s.upgrade().stream())
                .map(op -> op.getClass().getSimpleName()).distinct().sorted().toList();
        List<String> all = Stream.of(Operation.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toList();
        assertEquals(all, covered);
    }

    @Test
    void irreversibleDowngradeThrowsAndSaysWhatToDo() {
        for (String name : List.of("irreversible", "split irreversible", "golden data_migration")) {
            MigrationSpec spec = SPECS.get(name);
            Migration migration = compiled.migration(InProcessCompiler.binaryName(spec));
            Operations up = new Operations();
            migration.upgrade(up);
            assertEquals(spec.upgrade(), up.operations(), name);

            Operations down = new Operations();
            IrreversibleOperationException e = assertThrows(IrreversibleOperationException.class,
                    () -> migration.downgrade(down), name);
            assertTrue(e.getMessage().startsWith(spec.className() + ".downgrade() was not generated: execute(\"UPDATE"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("has no undo statement: pass one as execute(sql, undoSql)"
                    + " or write downgrade() by hand"), e.getMessage());
            assertEquals(List.of(), down.operations(), name);
        }
    }

    @Test
    void inverseTheRecordsRefuseAlsoLeavesDowngradeToTheAuthor() {
        MigrationSpec spec = SPECS.get("irreversible blank undo");
        Migration migration = compiled.migration(InProcessCompiler.binaryName(spec));
        Operations up = new Operations();
        migration.upgrade(up);
        assertEquals(spec.upgrade(), up.operations());
        IrreversibleOperationException e = assertThrows(IrreversibleOperationException.class,
                () -> migration.downgrade(new Operations()));
        assertEquals(spec.className() + ".downgrade() was not generated: execute() needs a statement", e.getMessage());
    }

    @Test
    void splitLayoutsAreUsedWhenAsked() {
        String methods = SOURCES.get("split into methods");
        assertTrue(methods.contains("        upgradePart1(op);\n        upgradePart2(op);\n"), methods);
        assertTrue(methods.contains("    private static void downgradePart2(Operations op) {"), methods);
        String classes = SOURCES.get("split into classes");
        assertTrue(classes.contains("        Part1.upgrade(op);\n        Part2.upgrade(op);\n"), classes);
        assertTrue(classes.contains("    private static final class Part2 {"), classes);
        assertTrue(SOURCES.get("split irreversible").contains("Part2.upgrade(op);"));
        assertTrue(!SOURCES.get("golden initial_shop").contains("Part1"));
    }

    private static List<Operation> inverted(List<Operation> upgrade) {
        List<Operation> inverses = new ArrayList<>(upgrade.stream().map(Operation::invert).toList());
        Collections.reverse(inverses);
        return inverses;
    }
}
