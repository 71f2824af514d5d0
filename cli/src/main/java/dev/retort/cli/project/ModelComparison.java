package dev.retort.cli.project;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.ProgressLog;
import dev.retort.cli.config.Naming;
import dev.retort.cli.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.diff.DiffResult;
import dev.retort.diff.PostgresExpressionCanonicalizer;
import dev.retort.diff.SchemaDiffer;
import dev.retort.diff.TableFilter;
import dev.retort.diff.reflect.PostgresCatalogReflector;
import dev.retort.diff.reflect.ReflectRequest;
import dev.retort.diff.reflect.SchemaReflector;
import dev.retort.ops.Operation;
import dev.retort.runner.VersionTable;
import dev.retort.scanner.Classpaths;
import dev.retort.scanner.ModelScanner;
import dev.retort.scanner.NamingStrategy;
import dev.retort.scanner.ScanRequest;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Compares the entities with the live schema: the entities are scanned while the database is
 * reflected (neither needs the other), then the operations from one to the other are planned.
 */
public final class ModelComparison {
    private final RetortConfig config;
    private final Dialect dialect;
    private final ProgressLog log;

    public ModelComparison(RetortConfig config, Dialect dialect, ProgressLog log) {
        this.config = config;
        this.dialect = dialect;
        this.log = log;
    }

    /** Scans the entities the configuration names, reporting how long it took and anything it could not model. */
    public static ScanResult scan(RetortConfig config, Dialect dialect, ProgressLog log) {
        ScanRequest request = scanRequest(config);
        TableFilter filter = filter(config);
        ScanResult result = log.timed("Scanned entities", () -> new ModelScanner(dialect).scan(request, filter::manages),
                r -> r.entityClasses().size() + " classes, " + r.model().tables().size() + " tables in "
                        + String.join(", ", request.packages()));
        result.warnings().forEach(log::warn);
        return result;
    }

    private static TableFilter filter(RetortConfig config) {
        return new TableFilter(config.tablesInclude(), config.tablesExclude(), VersionTable.NAME);
    }

    /**
     * The operations that take the database to the entities' schema, in the order they must run.
     * The database is reflected here while {@code scan} (usually started earlier, in the
     * background) delivers the entities.
     */
    public List<Operation> plan(Connection connection, Supplier<ScanResult> scan) {
        TableFilter filter = filter(config);
        SchemaReflector reflector = new PostgresCatalogReflector();
        Set<String> schemas = new TreeSet<>(config.extraSchemas());
        SchemaModel database = reflect(reflector, connection, schemas, filter);
        ScanResult model = scan.get();
        if (!schemas.containsAll(model.otherSchemas())) {
            schemas.addAll(model.otherSchemas());
            database = reflect(reflector, connection, schemas, filter);
        }
        SchemaModel current = database;
        DiffResult result = log.timed("Compared", () -> new SchemaDiffer(dialect, new PostgresExpressionCanonicalizer(connection))
                .plan(current, model.model(), filter), r -> r.operations().size() + " operation"
                + (r.operations().size() == 1 ? "" : "s"));
        result.warnings().forEach(log::warn);
        return result.operations();
    }

    private SchemaModel reflect(SchemaReflector reflector, Connection connection, Set<String> others, TableFilter filter) {
        String names = others.isEmpty() ? "schema " + config.schema() : "schemas " + config.schema() + ", "
                + String.join(", ", others);
        return log.timed("Reflected " + names, () -> reflector.reflect(connection,
                new ReflectRequest(config.schema(), others, filter)),
                m -> m.tables().size() + " tables, " + m.sequences().size() + " sequences");
    }

    private static ScanRequest scanRequest(RetortConfig config) {
        if (config.modelPackages().isEmpty()) {
            throw new RetortException(ErrorKind.CONFIGURATION, "retort.model.packages is not set: name the packages"
                    + " that hold your @Entity classes, e.g. retort.model.packages=com.example.domain");
        }
        if (config.modelClasspath().isBlank()) {
            throw new RetortException(ErrorKind.CONFIGURATION, "retort.model.classpath is not set: point it at the"
                    + " compiled entities, e.g. retort.model.classpath=target/classes");
        }
        NamingStrategy naming = config.naming() == Naming.SPRING ? NamingStrategy.SPRING : NamingStrategy.JPA;
        return new ScanRequest(Classpaths.parse(config.modelClasspath(), config.projectDir()), config.modelPackages(),
                naming, config.schema(), config.hibernateSettings());
    }
}
