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
        long t0 = System.nanoTime();
        String source = new MigrationWriter().write(spec);
        assertTrue(source.contains("        Part1.upgrade(op);\n"), "expected the nested-class layout");
        long t1 = System.nanoTime();

        InProcessCompiler.Compiled compiled = InProcessCompiler.compile(
                Map.of(InProcessCompiler.sourcePath(spec), source), workDir, false);
        long t2 = System.nanoTime();
        System.out.printf("write %d ms, compile %d ms, %d chars%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, source.length());
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

    /**
     * The estimate the writer splits by must never be below what javac produces: one method holding
     * a budget's worth of each kind of statement, measured from the class file.
     */
    @Test
    void bytecodeEstimateIsAnUpperBound(@TempDir Path workDir) {
        Map<String, List<Operation>> cases = Fixtures.operationCases();
        List<Operation> mixed = new ArrayList<>(Fixtures.bigSchema(120));
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
        System.out.printf("bytecode: upgrade %d estimated %d, downgrade %d estimated %d%n", actual.get("upgrade"),
                estimatedUpgrade, actual.get("downgrade"), estimatedDowngrade);
    }
}
