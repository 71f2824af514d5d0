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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void aPostgresqlEnumTypeIsNotSupportedYet() {
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(Fixtures.request("namedenum")));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("Entity " + Fixtures.BASE + "namedenum.Diary, column mood of table diary:"
                + " its type Mood is a PostgreSQL enum type, and Retort does not support PostgreSQL enum types yet"),
                e.getMessage());
        assertTrue(e.getMessage().contains("@Enumerated(EnumType.STRING)"), e.getMessage());
        assertTrue(e.getMessage().contains("retort.tables.exclude"), e.getMessage());
    }

    @Test
    void aTableRetortDoesNotManageMayHoldAnEnumType() {
        ScanResult result = scanner.scan(Fixtures.request("namedenum"), table -> !table.equals("diary"));
        assertEquals("Mood", ScannedModel.column(ScannedModel.table(result, "diary"), "mood").type());
        assertEquals(List.of("id", "text"), ScannedModel.columnNames(ScannedModel.table(result, "note")));
    }

    @Test
    void aPostgresqlCompositeTypeIsNotSupportedYet(@TempDir Path dir) throws IOException {
        Path classes = compile(dir, Map.of(
                "com/example/Address.java", """
                        package com.example;
                        @jakarta.persistence.Embeddable
                        @org.hibernate.annotations.Struct(name = "address_t")
                        public class Address { String street; String city; }
                        """,
                "com/example/Thing.java", thing("com.example", "Address home;")));
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(
                new ScanRequest(List.of(classes), List.of("com.example"), NamingStrategy.JPA, "public")));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("Entity com.example.Thing, column home of table thing: its type address_t"
                + " is a PostgreSQL composite type (@Struct), and Retort does not support composite types yet"),
                e.getMessage());
    }

    @Test
    void columnDefinitionClausesThatBelongInAnnotations(@TempDir Path dir) throws IOException {
        Map<String, String> clauses = new LinkedHashMap<>();
        clauses.put("varchar(10) primary key", "declares PRIMARY KEY, which Retort does not read from a"
                + " columnDefinition: use @Id instead");
        clauses.put("varchar(10) unique", "declares UNIQUE, which Retort does not read from a columnDefinition:"
                + " use @Column(unique = true)");
        clauses.put("int check (code > 0)", "declares CHECK, which Retort does not read from a columnDefinition:"
                + " use @Column(check = @CheckConstraint(...)) or @Check instead");
        clauses.put("bigint references other(id)", "declares REFERENCES, which Retort does not read from a"
                + " columnDefinition: use @ManyToOne");
        clauses.put("int generated always as (id * 2) stored", "declares GENERATED, which Retort does not read from"
                + " a columnDefinition: use @GeneratedValue(strategy = GenerationType.IDENTITY) for identity columns or"
                + " @Generated");
        Map<String, String> sources = new LinkedHashMap<>();
        int n = 0;
        for (String definition : clauses.keySet()) {
            sources.put("com/example/c" + n++ + "/Thing.java", thing("com.example.c" + (n - 1),
                    "@jakarta.persistence.Column(columnDefinition = \"" + definition + "\") Object code;"));
        }
        Path classes = compile(dir, sources);
        n = 0;
        for (Map.Entry<String, String> clause : clauses.entrySet()) {
            String pkg = "com.example.c" + n++;
            RetortException e = assertThrows(RetortException.class, () -> scanner.scan(
                    new ScanRequest(List.of(classes), List.of(pkg), NamingStrategy.JPA, "public")));
            assertEquals(ErrorKind.MODEL, e.kind());
            assertOneLine(e);
            assertTrue(e.getMessage().startsWith("Entity " + pkg + ".Thing, column code of table thing: the"
                    + " columnDefinition \"" + clause.getKey() + "\" " + clause.getValue()), e.getMessage());
        }
    }

    @Test
    void twoDefaultsAreAnError(@TempDir Path dir) throws IOException {
        Path classes = compile(dir, Map.of("com/example/Thing.java", thing("com.example",
                "@org.hibernate.annotations.ColumnDefault(\"1\")"
                        + " @jakarta.persistence.Column(columnDefinition = \"int default 2\") Integer code;")));
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(
                new ScanRequest(List.of(classes), List.of("com.example"), NamingStrategy.JPA, "public")));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertEquals("Entity com.example.Thing, column code of table thing: the columnDefinition \"int default 2\""
                + " has a DEFAULT clause and @ColumnDefault gives another one, so PostgreSQL would reject Hibernate's"
                + " DDL: keep only one", e.getMessage());
    }

    @Test
    void globallyQuotedColumnDefinitions() {
        RetortException e = assertThrows(RetortException.class, () -> scanner.scan(Fixtures.request("coldef",
                NamingStrategy.JPA, Map.of("hibernate.globally_quoted_identifiers", "true"))));
        assertEquals(ErrorKind.MODEL, e.kind());
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith("Entity " + Fixtures.BASE + "coldef.Gadget, column "), e.getMessage());
        assertTrue(e.getMessage().contains("Hibernate quotes the whole columnDefinition \""), e.getMessage());
        assertTrue(e.getMessage().endsWith("set hibernate.globally_quoted_identifiers_skip_column_definitions=true"),
                e.getMessage());
    }

    private static String thing(String pkg, String member) {
        return "package " + pkg + ";\n@jakarta.persistence.Entity public class Thing {\n"
                + "    @jakarta.persistence.Id Long id;\n    " + member + "\n}\n";
    }

    /** Compiles the sources (path relative to the source root, text) into a classes directory. */
    private static Path compile(Path dir, Map<String, String> sources) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)), "javac");
        return dir.resolve("classes");
    }

    static void assertOneLine(RetortException e) {
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace: " + e.getMessage());
    }
}
