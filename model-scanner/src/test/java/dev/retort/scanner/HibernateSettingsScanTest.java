package dev.retort.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialects;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate settings of the application, passed through {@link ScanRequest#hibernateSettings()},
 * change the model the way they change Hibernate's DDL ({@link HibernateOracleTest} runs fixtures
 * with {@code hibernate.globally_quoted_identifiers} against Hibernate's own DDL).
 */
class HibernateSettingsScanTest {
    private final ModelScanner scanner = new ModelScanner(Dialects.postgres());

    @Test
    void globallyQuotedIdentifiersKeepTheirCase() {
        ScanResult plain = scanner.scan(Fixtures.request("shop"));
        ScanResult quoted = scanner.scan(Fixtures.request("shop", NamingStrategy.JPA,
                Map.of("hibernate.globally_quoted_identifiers", "true")));

        ScannedModel.table(plain, "customer");
        Table customer = ScannedModel.table(quoted, "Customer");
        assertTrue(quoted.model().table(dev.retort.schema.TableName.of("customer")).isEmpty());
        assertTrue(ScannedModel.columnNames(customer).containsAll(List.of("firstName", "lastName", "createdAt")),
                ScannedModel.columnNames(customer).toString());
        assertEquals("Customer_pkey", customer.primaryKey().name());
        assertTrue(quoted.model().sequences().contains(Sequence.of("Customer_SEQ").incrementBy(50)),
                quoted.model().sequences().toString());
    }

    @Test
    void autoQuotedKeywordsAreNoLongerAnError() {
        ScanResult result = scanner.scan(Fixtures.request("reserved", NamingStrategy.JPA,
                Map.of("hibernate.auto_quote_keyword", "true")));
        Table order = ScannedModel.table(result, "Order");
        assertTrue(ScannedModel.columnNames(order).contains("user"), ScannedModel.columnNames(order).toString());
    }

    @Test
    void idStructureNamingChangesTheSequences() {
        ScanResult legacy = scanner.scan(Fixtures.request("shop", NamingStrategy.JPA,
                Map.of("hibernate.id.db_structure_naming_strategy", "legacy")));
        List<String> names = legacy.model().sequences().stream().map(Sequence::name).toList();
        assertEquals(List.of("hibernate_sequence", "product_id_seq"), names.stream().sorted().toList(),
                "one shared sequence for the implicit generators; the explicit @SequenceGenerator stays");
        List<String> standard = scanner.scan(Fixtures.request("shop")).model().sequences().stream()
                .map(Sequence::name).toList();
        assertTrue(standard.contains("customer_seq") && !standard.contains("hibernate_sequence"), standard.toString());
    }

    @Test
    void aPhysicalNamingStrategyFromTheEntityClasspath(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/com/example"));
        Files.writeString(sources.resolve("Prefixed.java"), """
                package com.example;
                import org.hibernate.boot.model.naming.Identifier;
                import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
                import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
                public class Prefixed extends PhysicalNamingStrategyStandardImpl {
                    @Override
                    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
                        return Identifier.toIdentifier("app_" + name.getText(), name.isQuoted());
                    }
                }
                """);
        Files.writeString(sources.resolve("Invoice.java"), """
                package com.example;
                @jakarta.persistence.Entity
                public class Invoice {
                    @jakarta.persistence.Id Long id;
                    String number;
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("Prefixed.java").toString(), sources.resolve("Invoice.java").toString()), "javac");

        ScanResult result = scanner.scan(new ScanRequest(List.of(classes), List.of("com.example"), NamingStrategy.JPA,
                "public", Map.of("hibernate.physical_naming_strategy", "com.example.Prefixed")));
        assertEquals(List.of("app_invoice"), result.model().tables().stream().map(Table::name).toList());
    }

    @Test
    void retortsOfflineBootWinsOverTheApplicationsConnectionSettings() {
        ScanResult result = scanner.scan(Fixtures.request("shop", NamingStrategy.JPA, Map.of(
                "hibernate.boot.allow_jdbc_metadata_access", "true",
                "jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:9/nothing_listens_here",
                "jakarta.persistence.database-major-version", "9")));
        assertEquals(scanner.scan(Fixtures.request("shop")).model(), result.model());
    }
}
