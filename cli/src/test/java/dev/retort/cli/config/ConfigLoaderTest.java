package dev.retort.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private RetortConfig load(Map<String, String> env, String urlOverride, String... lines) throws IOException {
        Files.write(dir.resolve("retort.properties"), List.of(lines));
        return new ConfigLoader(env::get).load(null, dir, urlOverride);
    }

    @Test
    void readsEveryKeyAndResolvesPathsAgainstTheFile() throws IOException {
        RetortConfig config = load(Map.of(), null,
                "retort.url=jdbc:postgresql://db:5432/app",
                "retort.user=app",
                "retort.password=s3cret",
                "retort.schema=shop",
                "retort.model.packages=com.a, com.b",
                "retort.model.classpath=target/classes:lib/*",
                "retort.migrations.dir=db/migrations",
                "retort.migrations.package=com.a.migrations",
                "retort.naming=spring",
                "retort.tables.include=shop_*",
                "retort.tables.exclude=shop_tmp*, legacy");
        assertEquals("jdbc:postgresql://db:5432/app", config.url());
        assertEquals("app", config.user());
        assertEquals("s3cret", config.password());
        assertEquals("shop", config.schema());
        assertEquals(List.of("com.a", "com.b"), config.modelPackages());
        assertEquals("target/classes:lib/*", config.modelClasspath());
        assertEquals(dir.resolve("db/migrations"), config.migrationsDir());
        assertEquals("com.a.migrations", config.migrationsPackage());
        assertEquals(Naming.SPRING, config.naming());
        assertEquals(List.of("shop_*"), config.tablesInclude());
        assertEquals(List.of("shop_tmp*", "legacy"), config.tablesExclude());
        assertFalse(config.embedded());
    }

    @Test
    void appliesDefaults() throws IOException {
        RetortConfig config = load(Map.of(), null, "retort.url=embedded");
        assertEquals("public", config.schema());
        assertEquals(dir.resolve("migrations"), config.migrationsDir());
        assertEquals(Naming.JPA, config.naming());
        assertTrue(config.embedded());
        assertEquals(dir.resolve(".retort/postgres"), config.embeddedDataDir());
        assertEquals(dir.resolve("pg"), load(Map.of(), null, "retort.url=embedded:pg").embeddedDataDir());
    }

    @Test
    void expandsEnvironmentVariablesWithDefaults() throws IOException {
        RetortConfig config = load(Map.of("DB_HOST", "db.internal"), null,
                "retort.url=jdbc:postgresql://${DB_HOST}:${DB_PORT:-5432}/${DB_NAME:-app}",
                "retort.password=${DB_PASSWORD:-}");
        assertEquals("jdbc:postgresql://db.internal:5432/app", config.url());
        assertEquals("", config.password());
    }

    @Test
    void refusesAnUnsetVariableWithoutDefault() {
        RetortException e = assertThrows(RetortException.class,
                () -> load(Map.of(), null, "retort.url=jdbc:postgresql://${DB_HOST}/app"));
        assertEquals(ErrorKind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("${DB_HOST}"), e.getMessage());
    }

    @Test
    void environmentOverridesTheFileAndTheCommandLineOverridesBoth() throws IOException {
        Map<String, String> env = Map.of("RETORT_URL", "jdbc:postgresql://env/app", "RETORT_USER", "envuser",
                "RETORT_PASSWORD", "envpw");
        RetortConfig fromEnv = load(env, null, "retort.url=jdbc:postgresql://file/app", "retort.user=fileuser");
        assertEquals("jdbc:postgresql://env/app", fromEnv.url());
        assertEquals("envuser", fromEnv.user());
        assertEquals("envpw", fromEnv.password());
        RetortConfig fromOption = load(env, "jdbc:postgresql://option/app", "retort.url=jdbc:postgresql://file/app");
        assertEquals("jdbc:postgresql://option/app", fromOption.url());
    }

    @Test
    void namesAnUnknownKeyAndTheClosestKnownOne() {
        RetortException e = assertThrows(RetortException.class,
                () -> load(Map.of(), null, "retort.url=embedded", "retort.modle.packages=com.a"));
        assertTrue(e.getMessage().startsWith("Unknown key retort.modle.packages in retort.properties: did you mean"
                + " retort.model.packages?"), e.getMessage());
    }

    @Test
    void passesHibernateSettingsThroughAndListsFurtherSchemas() throws IOException {
        RetortConfig config = load(Map.of("QUOTE", "true"), null, "retort.url=embedded",
                "retort.schema=app", "retort.schemas=billing, app, audit",
                "hibernate.globally_quoted_identifiers=${QUOTE}",
                "jakarta.persistence.create-database-schemas=false");
        assertEquals(Map.of("hibernate.globally_quoted_identifiers", "true",
                "jakarta.persistence.create-database-schemas", "false"), config.hibernateSettings());
        assertEquals(List.of("billing", "audit"), config.extraSchemas(), "the managed schema itself is not repeated");
        assertTrue(load(Map.of(), null, "retort.url=embedded").hibernateSettings().isEmpty());
    }

    @Test
    void saysWhatToDoWhenTheFileIsMissing() {
        RetortException e = assertThrows(RetortException.class, () -> new ConfigLoader(k -> null).load(null, dir, null));
        assertTrue(e.getMessage().contains("retort init"), e.getMessage());
        RetortException other = assertThrows(RetortException.class,
                () -> new ConfigLoader(k -> null).load(Path.of("nope.properties"), dir, null));
        assertTrue(other.getMessage().contains("-c/--config"), other.getMessage());
    }

    @Test
    void rejectsBadValues() {
        assertThrows(RetortException.class, () -> load(Map.of(), null, "retort.schema=public"));
        assertThrows(RetortException.class, () -> load(Map.of(), null, "retort.url=postgres://x/y"));
        assertThrows(RetortException.class, () -> load(Map.of(), null, "retort.url=embedded", "retort.naming=snake"));
        assertThrows(RetortException.class,
                () -> load(Map.of(), null, "retort.url=embedded", "retort.migrations.package=com.1bad"));
    }

    @Test
    void neverEchoesAPasswordFromABadUrl() {
        RetortException e = assertThrows(RetortException.class,
                () -> load(Map.of(), null, "retort.url=postgres://app:hunter2@db/app?password=hunter2"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}
