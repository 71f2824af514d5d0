package dev.retort.codegen;

import static dev.retort.codegen.JavaLiterals.number;
import static dev.retort.codegen.JavaLiterals.string;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableComment;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders schema definitions as Java source for the {@code Ddl} factory calls that rebuild them exactly, for
 * example {@code column("email", "varchar(255)").notNull()}, and remembers which factories the
 * code uses so that only those are imported.
 */
final class DefinitionRenderer {
    private final SortedSet<String> ddlMembers = new TreeSet<>();

    /** The {@code Ddl} members the rendered code refers to, sorted. */
    SortedSet<String> ddlMembers() {
        return ddlMembers;
    }

    /** Every element of a table, in the order {@link Table#elements()} lists them. */
    List<String> elements(Table table) {
        if (table.comment() != null && table.comment().isBlank()) {
            throw new RetortException(ErrorKind.MODEL, "Table " + table.tableName() + " has a blank comment "
                    + string(table.comment()) + ", which a migration cannot express through tableComment():"
                    + " give it a real comment or remove it");
        }
        return table.elements().stream().map(element -> element(element, table)).toList();
    }

    private String element(TableElement element, Table table) {
        if (element instanceof Column c) {
            return column(c);
        } else if (element instanceof PrimaryKey pk) {
            return primaryKey(pk);
        } else if (element instanceof UniqueConstraint u) {
            return unique(u);
        } else if (element instanceof CheckConstraint ck) {
            return check(ck);
        } else if (element instanceof ForeignKey fk) {
            return foreignKey(fk, table.name());
        } else if (element instanceof Index i) {
            return index(i, table.name());
        } else {
            return call("tableComment", string(((TableComment) element).text()));
        }
    }

    String column(Column column) {
        StringBuilder code = new StringBuilder(call("column", string(column.name()), string(column.type())));
        if (column.identity() != null) {
            code.append(column.identity() == Identity.ALWAYS ? ".identityAlways()" : ".identityByDefault()");
            if (column.nullable()) {
                code.append(".nullable(true)");
            }
        } else if (!column.nullable()) {
            code.append(".notNull()");
        }
        if (column.defaultValue() != null) {
            code.append(".defaultValue(").append(string(column.defaultValue())).append(")");
        }
        if (column.comment() != null) {
            code.append(".comment(").append(string(column.comment())).append(")");
        }
        return code.toString();
    }

    String primaryKey(PrimaryKey primaryKey) {
        return call("primaryKey", string(primaryKey.name()), strings(primaryKey.columns()));
    }

    String unique(UniqueConstraint unique) {
        return call("unique", string(unique.name()), strings(unique.columns()));
    }

    String check(CheckConstraint check) {
        return call("check", string(check.name()), string(check.expression()));
    }

    String foreignKey(ForeignKey foreignKey, String table) {
        if (foreignKey.referencedTable() == null || foreignKey.referencedColumns().size() != foreignKey.columns().size()) {
            throw new IllegalArgumentException("foreign key " + foreignKey.name() + " on " + table
                    + " is incomplete: it needs a referenced table and as many referenced columns as columns");
        }
        StringBuilder code = new StringBuilder(call("foreignKey", string(foreignKey.name()), strings(foreignKey.columns())))
                .append(".references(").append(string(foreignKey.referencedTable())).append(", ")
                .append(strings(foreignKey.referencedColumns())).append(")");
        if (foreignKey.referencedSchema() != null) {
            code.append(".referencesSchema(").append(string(foreignKey.referencedSchema())).append(")");
        }
        if (foreignKey.onDelete() != ReferentialAction.NO_ACTION) {
            code.append(".onDelete(").append(action(foreignKey.onDelete())).append(")");
        }
        if (foreignKey.onUpdate() != ReferentialAction.NO_ACTION) {
            code.append(".onUpdate(").append(action(foreignKey.onUpdate())).append(")");
        }
        return code.toString();
    }

    String index(Index index, String table) {
        List<String> keys = index.columnNames();
        StringBuilder code = new StringBuilder(call(index.unique() ? "uniqueIndex" : "index", string(index.name()),
                strings(keys)));
        for (String descending : descendingKeys(index, table)) {
            code.append(".descending(").append(string(descending)).append(")");
        }
        if (index.where() != null) {
            code.append(".where(").append(string(index.where())).append(")");
        }
        return code.toString();
    }

    /** A sequence definition; {@code withSchema} is rendered only when asked for. */
    String sequence(Sequence sequence, boolean withSchema) {
        StringBuilder code = new StringBuilder(call("sequence", string(sequence.name())));
        if (withSchema && sequence.schema() != null) {
            code.append(".withSchema(").append(string(sequence.schema())).append(")");
        }
        if (sequence.dataType() != null) {
            code.append(".as(").append(string(sequence.dataType())).append(")");
        }
        if (sequence.start() != 1) {
            code.append(".startWith(").append(number(sequence.start())).append(")");
        }
        if (sequence.increment() != 1) {
            code.append(".incrementBy(").append(number(sequence.increment())).append(")");
        }
        if (sequence.minValue() != null) {
            code.append(".minValue(").append(number(sequence.minValue())).append(")");
        }
        if (sequence.maxValue() != null) {
            code.append(".maxValue(").append(number(sequence.maxValue())).append(")");
        }
        if (sequence.cache() != 1) {
            code.append(".cache(").append(number(sequence.cache())).append(")");
        }
        if (sequence.cycle()) {
            code.append(".cycle(true)");
        }
        return code.toString();
    }

    /**
     * The keys to mark with {@code .descending(name)}. That call marks every key of that name, so an
     * index listing one key twice in both directions cannot be written with it.
     */
    private static Set<String> descendingKeys(Index index, String table) {
        Map<String, Boolean> direction = new HashMap<>();
        Set<String> descending = new LinkedHashSet<>();
        for (IndexColumn key : index.columns()) {
            Boolean earlier = direction.putIfAbsent(key.name(), key.descending());
            if (earlier != null && earlier != key.descending()) {
                throw new RetortException(ErrorKind.MODEL, "Index " + index.name() + " on " + table + " lists "
                        + key.name() + " both ascending and descending, which a migration cannot express"
                        + " through index(...).descending(...): write this index with op.execute(sql, undoSql)");
            }
            if (key.descending()) {
                descending.add(key.name());
            }
        }
        return descending;
    }

    private String action(ReferentialAction action) {
        ddlMembers.add(action.name());
        return action.name();
    }

    private String call(String ddlMember, String... arguments) {
        ddlMembers.add(ddlMember);
        return ddlMember + "(" + String.join(", ", arguments) + ")";
    }

    private static String strings(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }
}
