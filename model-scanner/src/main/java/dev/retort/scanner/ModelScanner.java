package dev.retort.scanner;

import dev.retort.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.hibernate.mapping.PersistentClass;

/**
 * Builds the target schema from JPA entity classes through Hibernate's boot metamodel, without a
 * database: the tables, constraints, indexes and sequences Hibernate's own DDL would create on
 * PostgreSQL, with every constraint carrying the name PostgreSQL would give it.
 */
public final class ModelScanner {
    private final Dialect dialect;

    public ModelScanner(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Scans the entities; a mapping Retort cannot turn into a schema fails the scan. */
    public ScanResult scan(ScanRequest request) {
        return scan(request, table -> true);
    }

    /**
     * Scans the entities, failing only for tables Retort manages: a column Retort cannot create
     * (a PostgreSQL enum type, say) in a table outside {@code managedTables} is kept in the model as
     * Hibernate writes it, for the caller to leave alone.
     *
     * @param managedTables whether Retort manages the table of this name (as PostgreSQL stores it, without schema)
     */
    public ScanResult scan(ScanRequest request, Predicate<String> managedTables) {
        Objects.requireNonNull(managedTables, "managedTables");
        try (HibernateBoot boot = HibernateBoot.start(request)) {
            return boot.run(() -> {
                MetamodelReader.Read read = new MetamodelReader(boot.metadata(), dialect, request.defaultSchema(),
                        managedTables).read();
                if (!read.reservedNames().isEmpty()) {
                    throw ReservedNames.error(boot.metadata(), read.reservedNames());
                }
                List<String> entities = new ArrayList<>();
                for (PersistentClass entity : boot.metadata().getEntityBindings()) {
                    entities.add(entity.getClassName());
                }
                entities.sort(null);
                return new ScanResult(read.model(), entities, read.otherSchemas(), read.warnings());
            });
        }
    }
}
