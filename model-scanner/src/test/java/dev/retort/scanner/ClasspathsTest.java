package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing {@code retort.model.classpath}. */
class ClasspathsTest {
    @TempDir
    Path base;

    @Test
    void entriesAreRelativeToTheBaseDirectoryAndWildcardsListJarsInOrder() throws IOException {
        Files.createDirectories(base.resolve("target/classes"));
        Path lib = Files.createDirectories(base.resolve("target/lib"));
        Files.createFile(lib.resolve("b.jar"));
        Files.createFile(lib.resolve("a.jar"));
        Files.createFile(lib.resolve("notes.txt"));
        Path elsewhere = Files.createDirectories(base.resolve("other"));

        List<Path> parsed = Classpaths.parse("target/classes:target/lib/*" + File.pathSeparator + " " + elsewhere + " ::",
                base);

        assertEquals(List.of(base.resolve("target/classes"), lib.resolve("a.jar"), lib.resolve("b.jar"), elsewhere),
                parsed);
    }

    @Test
    void aMissingEntryIsAConfigurationError() throws IOException {
        Files.createDirectories(base.resolve("target/classes"));
        RetortException e = assertThrows(RetortException.class,
                () -> Classpaths.parse("target/classes:build/classes/java/main", base));
        assertEquals(ErrorKind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("'build/classes/java/main'"), e.getMessage());
        assertTrue(e.getMessage().contains("retort.model.classpath"), e.getMessage());
    }

    @Test
    void aWildcardOverAMissingDirectoryIsAConfigurationError() {
        RetortException e = assertThrows(RetortException.class, () -> Classpaths.parse("lib/*", base));
        assertEquals(ErrorKind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("'lib/*'") && e.getMessage().contains("retort.model.classpath"),
                e.getMessage());
    }

    @Test
    void nothingGivenIsAnEmptyClasspath() {
        assertEquals(List.of(), Classpaths.parse("", base));
        assertEquals(List.of(), Classpaths.parse(null, base));
    }
}
