package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialects;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities packed in a jar, found through {@code dir/*} in the classpath setting, give the same model. */
class JarScanTest {

    @Test
    void aJarOnTheClasspathGivesTheSameModelAsTheClassesDirectory(@TempDir Path dir) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path packageDir = Fixtures.testClasses().resolve((Fixtures.BASE + "shop").replace('.', '/'));
        try (OutputStream out = Files.newOutputStream(lib.resolve("shop-entities.jar"));
             JarOutputStream jar = new JarOutputStream(out);
             Stream<Path> files = Files.list(packageDir)) {
            for (Path file : files.sorted().toList()) {
                jar.putNextEntry(new JarEntry(Fixtures.testClasses().relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        List<Path> classpath = Classpaths.parse("lib/*", dir);
        assertEquals(List.of(lib.resolve("shop-entities.jar")), classpath);

        ModelScanner scanner = new ModelScanner(Dialects.postgres());
        ScanResult fromJar = scanner.scan(new ScanRequest(classpath, List.of(Fixtures.BASE + "shop"), NamingStrategy.JPA,
                "public"));
        ScanResult fromDirectory = scanner.scan(Fixtures.request("shop"));
        assertEquals(fromDirectory, fromJar);
    }
}
