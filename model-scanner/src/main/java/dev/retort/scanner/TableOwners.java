package dev.retort.scanner;

import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/** Which entity or collection each mapped table belongs to, for messages that name what the user wrote. */
final class TableOwners {
    private final Map<Table, String> owners = new IdentityHashMap<>();

    TableOwners(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            owners.putIfAbsent(entity.getTable(), "Entity " + entity.getClassName());
            for (Join join : entity.getJoins()) {
                owners.putIfAbsent(join.getTable(), "Entity " + entity.getClassName());
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            owners.putIfAbsent(collection.getCollectionTable(), "Collection " + collection.getRole());
        }
    }

    /** {@code Entity com.example.Order}, {@code Collection com.example.Order.tags}, or {@code Table x} for others. */
    String of(Table table) {
        return owners.getOrDefault(table, "Table " + table.getName());
    }
}
