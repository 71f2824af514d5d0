package dev.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the writer's output for realistic specs byte for byte with the committed golden files.
 * Run with {@code -Dretort.updateGolden=true} to rewrite them after an intended change, then review
 * the diff. {@link RoundTripTest} compiles and replays the same specs.
 */
class GoldenFilesTest {
    private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("retort.updateGolden");

    static Stream<String> goldenNames() {
        return Fixtures.goldenSpecs().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenNames")
    void matchesGoldenFile(String name) throws IOException {
        MigrationSpec spec = Fixtures.goldenSpecs().get(name);
        String source = new MigrationWriter().write(spec);
        Path golden = GOLDEN_DIR.resolve(name + ".java.txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN_DIR);
            Files.writeString(golden, source, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), source, "golden file " + golden);
    }

    @Test
    void sameSpecGivesSameBytes() {
        for (Map.Entry<String, MigrationSpec> entry : Fixtures.goldenSpecs().entrySet()) {
            String first = new MigrationWriter().write(entry.getValue());
            MigrationWriter shared = new MigrationWriter();
            shared.write(Fixtures.goldenSpecs().get("initial_shop"));
            assertEquals(first, shared.write(entry.getValue()), entry.getKey());
        }
    }
}
