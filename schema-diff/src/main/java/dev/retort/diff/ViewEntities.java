package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities mapped over a view (read-only entities over a view the team maintains by hand): the view
 * is not a table to create, so the entity is left out of the target, and so are foreign keys that
 * point at it, each with a warning.
 */
final class ViewEntities {
    private ViewEntities() {
    }

    /** The target without the tables that are views in the database; adds one warning per thing left out. */
    static ModelView leaveOut(ModelView target, Set<TableName> views, List<String> warnings) {
        if (views.isEmpty()) {
            return target;
        }
        Set<TableName> overViews = new HashSet<>();
        for (TableName name : target.tables().keySet()) {
            if (views.contains(name)) {
                overViews.add(name);
                warnings.add(name + " is a view in the database; Retort does not manage views, so the entity"
                        + " over it is left alone");
            }
        }
        if (overViews.isEmpty()) {
            return target;
        }
        Map<TableName, List<ForeignKey>> keysToViews = new LinkedHashMap<>();
        for (Table table : target.tables().values()) {
            if (overViews.contains(table.tableName())) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                TableName referenced = new TableName(fk.referencedSchema(), fk.referencedTable());
                if (overViews.contains(referenced)) {
                    keysToViews.computeIfAbsent(table.tableName(), t -> new ArrayList<>()).add(fk);
                    warnings.add("foreign key " + fk.name() + " on " + table.tableName() + " references "
                            + referenced + ", a view in the database; PostgreSQL cannot enforce it, so it is"
                            + " left out");
                }
            }
        }
        return target.without(overViews, keysToViews);
    }
}
