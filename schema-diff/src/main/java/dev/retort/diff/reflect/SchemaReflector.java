package dev.retort.diff.reflect;

import dev.retort.schema.SchemaModel;
import java.sql.Connection;

/**
 * Reads the live schema into the same model the entities are scanned into, following the model's
 * conventions: names as the database stores them, tables and sequences of the default schema with
 * a null schema, constraints and indexes with their real names, indexes that back a constraint
 * left out, sequences owned by identity or serial columns left out, and sequence bounds that are the
 * type's defaults given as null.
 * <p>
 * {@link PostgresCatalogReflector} is the default on PostgreSQL; {@link SchemaCrawlerReflector} is the
 * reference implementation and the path for other databases. Both give equal models.
 */
public interface SchemaReflector {

    /**
     * Reads the schemas the request names, with a fixed number of queries whatever their size. The
     * connection stays open; in autocommit mode the reads run in a short read-only transaction of their
     * own and autocommit is back on afterwards, inside the caller's transaction they run in it.
     *
     * @throws dev.retort.RetortException of kind {@code DATABASE} when the catalogue cannot be read
     */
    SchemaModel reflect(Connection connection, ReflectRequest request);
}
