package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user can make, each reported as one line that says what is wrong and what to do. */
class ScanErrorsTest {
    private final ModelScanner scanner = new ModelScanner(Dialects.postgres());

    @Test
    void noEntitiesInThePackages() {
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(Fixtures.request("empty")));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("No entity classes found in packages [" + Fixtures.BASE + "empty]"),
                e.getMessage());
        assertTrue(e.getMessage().contains(Fixtures.testClasses().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("build the project"), e.getMessage());
        assertTrue(e.getMessage().contains("retort.model.packages"), e.getMessage());
        assertTrue(e.getMessage().contains("retort.model.classpath"), e.getMessage());
    }

    @Test
    void noEntitiesOnAnEmptyDirectory(@TempDir Path empty) {
        ScanRequest request = new ScanRequest(List.of(empty), List.of("com.example"), NamingStrategy.JPA, "public");
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(request));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertTrue(e.getMessage().contains("[com.example]") && e.getMessage().contains(empty.toString()), e.getMessage());
    }

    @Test
    void reservedWordsThatHibernateWritesUnquoted() {
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(Fixtures.request("reserved")));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        String entity = Fixtures.BASE + "reserved.Order";
        assertTrue(e.getMessage().contains("Entity " + entity + " maps to table 'order'"), e.getMessage());
        assertTrue(e.getMessage().contains("Entity " + entity + " maps column 'user' of table Order"), e.getMessage());
        assertTrue(e.getMessage().contains("quote them"), e.getMessage());
        assertFalse(e.getMessage().contains("select"), "quoted reserved words are fine: " + e.getMessage());
        assertFalse(e.getMessage().contains("note"), e.getMessage());
    }

    @Test
    void mappingErrorsNameTheEntityAndHibernatesReason() {
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(Fixtures.request("broken")));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("Hibernate cannot map entity " + Fixtures.BASE + "broken.Author: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("writer"), e.getMessage());
    }

    @Test
    void aClassThatCannotBeLoadedIsNamedWithTheMissingClass(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/com/example"));
        Files.writeString(sources.resolve("Money.java"), """
                package com.example;
                public class Money { public long cents; }
                """);
        Files.writeString(sources.resolve("Invoice.java"), """
                package com.example;
                @jakarta.persistence.Entity
                public class Invoice {
                    @jakarta.persistence.Id Long id;
                    Money total;
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("Money.java").toString(), sources.resolve("Invoice.java").toString());
        assertEquals(0, status, "javac");
        Files.delete(classes.resolve("com/example/Money.class"));

        ScanRequest request = new ScanRequest(List.of(classes), List.of("com.example"), NamingStrategy.JPA, null);
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(request));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("Cannot load com.example.Invoice: class com.example.Money is missing"),
                e.getMessage());
        assertTrue(e.getMessage().contains("retort.model.classpath"), e.getMessage());
    }

    @Test
    void noPackages() {
        ScanRequest request = new ScanRequest(List.of(Fixtures.testClasses()), List.of(), NamingStrategy.JPA, null);
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(request));
        assertEquals(ErrorKind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("retort.model.packages"), e.getMessage());
    }

    static void assertOneLine(RetortException e) {
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace: " + e.getMessage());
    }
}
