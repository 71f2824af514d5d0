package dev.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The initial migration of a 5000-table schema: too big for one method and, with names unique to
 * each table, for one class's constant pool. It must still compile and replay exactly, with every
 * method and class comfortably inside the class file limits.
 */
class LargeMigrationTest {
    private static final int TABLES = 5000;
    private static final int MAX_CODE_LENGTH = 65_535;
    private static final int MAX_CONSTANT_POOL = 65_535;

    @Test
    void fiveThousandTablesCompileAndReplay(@TempDir Path workDir) throws IOException {
        List<Operation> upgrade = Fixtures.bigSchema(TABLES);
        MigrationSpec spec = Fixtures.spec("R20261201_073812_BigInitialSchema", "0123456789ab", List.of(),
                "Big initial schema", upgrade);
        String source = new MigrationWriter().write(spec);
        assertTrue(source.contains("        Part1.upgrade(op);\n"), "expected the nested-class layout");

        InProcessCompiler.Compiled compiled = InProcessCompiler.compile(
                Map.of(InProcessCompiler.sourcePath(spec), source), workDir, false);
        Migration migration = compiled.migration(InProcessCompiler.binaryName(spec));

        Operations up = new Operations();
        migration.upgrade(up);
        assertEquals(upgrade, up.operations());
        Operations down = new Operations();
        migration.downgrade(down);
        List<Operation> inverses = new ArrayList<>(upgrade.stream().map(Operation::invert).toList());
        Collections.reverse(inverses);
        assertEquals(inverses, down.operations());

        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(compiled.outputDir())) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        int largestMethod = 0;
        int largestPool = 0;
        for (Path classFile : classFiles) {
            ClassFileMethods methods = ClassFileMethods.read(classFile);
            largestPool = Math.max(largestPool, methods.constantPoolCount());
            for (int length : methods.codeLengths().values()) {
                largestMethod = Math.max(largestMethod, length);
            }
        }
        assertTrue(largestMethod < MAX_CODE_LENGTH / 2, "largest method has " + largestMethod + " bytes");
        assertTrue(largestPool < MAX_CONSTANT_POOL / 2, "largest constant pool has " + largestPool + " entries");
    }

    @Test
    void midSizedSchemaIsSplitIntoMethodsOfTheClassItself(@TempDir Path workDir) {
        List<Operation> upgrade = Fixtures.bigSchema(200);
        MigrationSpec spec = Fixtures.spec("R20261201_073812_MidSizedSchema", "0123456789ab", List.of(),
                "Mid-sized schema", upgrade);
        String source = new MigrationWriter().write(spec);
        assertTrue(source.contains("        upgradePart1(op);\n") && !source.contains("class Part1"),
                "expected the part-methods layout");

        InProcessCompiler.Compiled compiled = InProcessCompiler.compile(
                Map.of(InProcessCompiler.sourcePath(spec), source), workDir, false);
        Operations up = new Operations();
        compiled.migration(InProcessCompiler.binaryName(spec)).upgrade(up);
        assertEquals(upgrade, up.operations());
        ClassFileMethods methods = ClassFileMethods.read(compiled.classFile(InProcessCompiler.binaryName(spec)));
        assertTrue(methods.codeLengths().keySet().containsAll(List.of("upgradePart2", "downgradePart2")),
                methods.codeLengths().toString());
        methods.codeLengths().forEach((name, length) -> assertTrue(length < MAX_CODE_LENGTH / 2, name + ": " + length));
    }

    /**
     * The estimate the writer splits by must never be below what javac produces: one method holding
     * a budget's worth of each kind of statement, measured from the class file.
     */
    @Test
    void bytecodeEstimateIsAnUpperBound(@TempDir Path workDir) {
        Map<String, List<Operation>> cases = Fixtures.operationCases();
        List<Operation> mixed = new ArrayList<>(Fixtures.bigSchema(170));
        cases.values().forEach(mixed::addAll);
        MigrationSpec spec = Fixtures.spec("R20261201_073812_Estimate", "0123456789ab", List.of(), "Estimate", mixed);
        MigrationWriter unsplit = new MigrationWriter(Integer.MAX_VALUE, Integer.MAX_VALUE);
        String source = unsplit.write(spec);

        InProcessCompiler.Compiled compiled = InProcessCompiler.compile(
                Map.of(InProcessCompiler.sourcePath(spec), source), workDir);
        Map<String, Integer> actual = ClassFileMethods.read(compiled.classFile(InProcessCompiler.binaryName(spec)))
                .codeLengths();
        int estimatedUpgrade = MigrationWriter.estimatedBytes(mixed);
        int estimatedDowngrade = MigrationWriter.estimatedBytes(
                mixed.stream().map(Operation::invert).toList());

        assertTrue(actual.get("upgrade") > 30_000, "the sample should be big enough to matter: " + actual);
        assertTrue(estimatedUpgrade >= actual.get("upgrade"), estimatedUpgrade + " < " + actual);
        assertTrue(estimatedDowngrade >= actual.get("downgrade"), estimatedDowngrade + " < " + actual);
    }
}
