package dev.retort.cli.config;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialects;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code retort.properties}: expands {@code ${VAR}} and {@code ${VAR:-default}} from the
 * environment, lets {@code RETORT_URL}, {@code RETORT_USER} and {@code RETORT_PASSWORD} override the
 * file and {@code --url} override both, and rejects keys it does not know.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "retort.properties";

    static final String URL = "retort.url";
    static final String USER = "retort.user";
    static final String PASSWORD = "retort.password";
    static final String SCHEMA = "retort.schema";
    static final String MODEL_PACKAGES = "retort.model.packages";
    static final String MODEL_CLASSPATH = "retort.model.classpath";
    static final String MIGRATIONS_DIR = "retort.migrations.dir";
    static final String MIGRATIONS_PACKAGE = "retort.migrations.package";
    static final String NAMING = "retort.naming";
    static final String TABLES_INCLUDE = "retort.tables.include";
    static final String TABLES_EXCLUDE = "retort.tables.exclude";
    static final String SCHEMAS = "retort.schemas";

    /** Every key the file may hold. */
    public static final List<String> KEYS = List.of(URL, USER, PASSWORD, SCHEMA, MODEL_PACKAGES, MODEL_CLASSPATH,
            MIGRATIONS_DIR, MIGRATIONS_PACKAGE, NAMING, TABLES_INCLUDE, TABLES_EXCLUDE, SCHEMAS);

    /** Keys with these prefixes are the application's own Hibernate or JPA settings, passed to the scan. */
    static final List<String> PASSED_THROUGH = List.of("hibernate.", "jakarta.persistence.");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final UnaryOperator<String> environment;

    /** A loader that reads the process environment. */
    public ConfigLoader() {
        this(System::getenv);
    }

    /** A loader with its own view of the environment, for tests. */
    public ConfigLoader(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * Loads the configuration.
     *
     * @param file        the file given with {@code -c}, or null for {@code retort.properties} in {@code workingDir}
     * @param workingDir  the directory the command runs in
     * @param urlOverride the {@code --url} option, or null
     */
    public RetortConfig load(Path file, Path workingDir, String urlOverride) {
        Path path = file != null ? workingDir.resolve(file) : workingDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) {
            String hint = file != null ? "check the path given with -c/--config"
                    : "run `retort init` to create one, or pass -c/--config FILE";
            throw new RetortException(ErrorKind.CONFIGURATION, "No configuration file " + path.toAbsolutePath().normalize()
                    + ": " + hint);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, "Cannot read " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            if (!KEYS.contains(key) && PASSED_THROUGH.stream().noneMatch(key::startsWith)) {
                throw new RetortException(ErrorKind.CONFIGURATION, "Unknown key " + key + " in " + path.getFileName()
                        + ": did you mean " + closest(key) + "? (known keys: " + String.join(", ", KEYS)
                        + ", and hibernate.* / jakarta.persistence.* settings for the scan)");
            }
            values.put(key, expand(key, properties.getProperty(key).strip(), path));
        }
        overrideFromEnvironment(values, URL, "RETORT_URL");
        overrideFromEnvironment(values, USER, "RETORT_USER");
        overrideFromEnvironment(values, PASSWORD, "RETORT_PASSWORD");
        if (urlOverride != null && !urlOverride.isBlank()) {
            values.put(URL, urlOverride.strip());
        }
        return build(values, path.toAbsolutePath().normalize().getParent());
    }

    private void overrideFromEnvironment(Map<String, String> values, String key, String variable) {
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            values.put(key, value);
        }
    }

    private RetortConfig build(Map<String, String> values, Path projectDir) {
        String url = blankToNull(values.get(URL));
        if (url == null) {
            throw new RetortException(ErrorKind.CONFIGURATION, "No database configured: set " + URL
                    + " (a jdbc:postgresql:// URL, or 'embedded'), the RETORT_URL variable, or --url");
        }
        if (!url.startsWith("jdbc:") && !url.equals("embedded") && !url.startsWith("embedded:")) {
            throw new RetortException(ErrorKind.CONFIGURATION, URL + " must be a JDBC URL such as"
                    + " jdbc:postgresql://localhost:5432/app, or 'embedded', not '" + Dialects.redact(url) + "'");
        }
        String schema = values.getOrDefault(SCHEMA, "public");
        if (schema.isBlank()) {
            schema = "public";
        }
        Naming naming = parseNaming(values.getOrDefault(NAMING, "jpa"));
        Path migrationsDir = projectDir.resolve(values.getOrDefault(MIGRATIONS_DIR, "migrations")).normalize();
        String migrationsPackage = values.getOrDefault(MIGRATIONS_PACKAGE, "").strip();
        if (!migrationsPackage.isEmpty() && !migrationsPackage.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
            throw new RetortException(ErrorKind.CONFIGURATION, MIGRATIONS_PACKAGE + " '" + migrationsPackage
                    + "' is not a Java package name (example: com.example.migrations)");
        }
        Map<String, String> hibernateSettings = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (PASSED_THROUGH.stream().anyMatch(key::startsWith)) {
                hibernateSettings.put(key, value);
            }
        });
        String managed = schema;
        List<String> extraSchemas = list(values.get(SCHEMAS)).stream().filter(s -> !s.equals(managed)).toList();
        return new RetortConfig(projectDir, url, blankToNull(values.get(USER)), values.get(PASSWORD), schema,
                list(values.get(MODEL_PACKAGES)), values.getOrDefault(MODEL_CLASSPATH, ""), migrationsDir,
                migrationsPackage, naming, list(values.get(TABLES_INCLUDE)), list(values.get(TABLES_EXCLUDE)),
                extraSchemas, hibernateSettings);
    }

    private static Naming parseNaming(String value) {
        try {
            return Naming.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorKind.CONFIGURATION, NAMING + " must be 'jpa' (Hibernate's defaults) or"
                    + " 'spring' (Spring Boot's snake_case naming), not '" + value + "'");
        }
    }

    private String expand(String key, String value, Path file) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = environment.apply(m.group(1));
            if (replacement == null || replacement.isEmpty() && m.group(2) != null) {
                replacement = m.group(2);
            }
            if (replacement == null) {
                throw new RetortException(ErrorKind.CONFIGURATION, key + " in " + file.getFileName() + " uses ${"
                        + m.group(1) + "}, but that environment variable is not set: set it or write ${"
                        + m.group(1) + ":-default}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The known key nearest to {@code key} by edit distance. */
    static String closest(String key) {
        String best = KEYS.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : KEYS) {
            int d = distance(key, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
