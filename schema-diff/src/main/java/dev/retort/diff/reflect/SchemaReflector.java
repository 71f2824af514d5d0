package dev.retort.diff.reflect;

import dev.retort.schema.SchemaModel;
import java.sql.Connection;

/**
 * Reads the live schema into the same model the entities are scanned into, following the model's
 * conventions: names as the database stores them, tables and sequences of the default schema with
 * a null schema, constraints and indexes with their real names, indexes that back a constraint
 * left out, sequences owned by identity or serial columns left out, and sequence bounds that are the
 * type's defaults given as null.
 */
public interface SchemaReflector {

    /** Reads the schemas the request names, with a fixed number of queries whatever their size. */
    SchemaModel reflect(Connection connection, ReflectRequest request);
}
