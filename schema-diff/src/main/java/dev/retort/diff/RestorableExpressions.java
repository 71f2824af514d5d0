package dev.retort.diff;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.TableName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the reflected expressions that planned operations carry for their inverses, and puts the
 * restoring texts in their place: checks of {@link DropCheckConstraint}, predicates of
 * {@link DropIndex}, defaults of {@link DropColumn}, all three inside {@link DropTable}, and the old
 * default of an {@link AlterColumn} whose inverse sets it again (the default changes, or the type
 * does, around which the default is dropped and set again).
 */
final class RestorableExpressions {
    private final ModelView database;

    RestorableExpressions(ModelView database) {
        this.database = database;
    }

    /** Each carried expression once, in the order of the operations. */
    List<ReflectedExpression> in(List<Operation> operations) {
        Set<ReflectedExpression> found = new LinkedHashSet<>();
        for (Operation op : operations) {
            if (op instanceof DropCheckConstraint drop) {
                found.add(check(drop.table(), columns(drop.table()), drop.check()));
            } else if (op instanceof DropIndex drop && drop.index().where() != null) {
                found.add(predicate(drop.table(), columns(drop.table()), drop.index()));
            } else if (op instanceof DropColumn drop && drop.column().defaultValue() != null) {
                found.add(defaultOf(drop.table(), drop.column()));
            } else if (op instanceof AlterColumn alter && setsOldDefaultAgain(alter)) {
                found.add(defaultOf(alter.table(), alter.from()));
            } else if (op instanceof DropTable drop) {
                Table table = drop.table();
                TableName name = table.tableName();
                table.columns().stream().filter(c -> c.defaultValue() != null).forEach(c -> found.add(defaultOf(name, c)));
                table.checks().forEach(c -> found.add(check(name, table.columns(), c)));
                table.indexes().stream().filter(i -> i.where() != null)
                        .forEach(i -> found.add(predicate(name, table.columns(), i)));
            }
        }
        return new ArrayList<>(found);
    }

    /** The operations with every carried expression that has a restoration re-spelled accordingly. */
    List<Operation> restored(List<Operation> operations, Map<ReflectedExpression, Restoration> restorations) {
        Restorer restorer = new Restorer(restorations);
        List<Operation> out = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            out.add(restorer.restore(op));
        }
        return out;
    }

    /** One line per carried expression that may not come back exactly, in the order of the operations. */
    List<String> warnings(List<Operation> operations, Map<ReflectedExpression, Restoration> restorations) {
        List<String> warnings = new ArrayList<>();
        for (ReflectedExpression expression : in(operations)) {
            Restoration restoration = restorations.get(expression);
            if (restoration == null || !restoration.doubtful()) {
                continue;
            }
            if (restoration.outcome() == Restoration.Outcome.NOT_RESTORABLE) {
                warnings.add(expression.subject() + ": PostgreSQL stores the reflected text (" + expression.text()
                        + ") differently when it is created again, and no known rewrite gives it back; the"
                        + " downgrade re-creates an equivalent expression that pg_dump prints differently");
            } else {
                warnings.add(expression.subject() + ": the reflected text (" + expression.text() + ") could not"
                        + " be tried on a temporary copy of the table, so the downgrade may re-create it in another"
                        + " spelling");
            }
        }
        return warnings;
    }

    /** The dialect drops and sets a default again when it changes, and around a type change. */
    private static boolean setsOldDefaultAgain(AlterColumn alter) {
        return alter.from().defaultValue() != null
                && (!Objects.equals(alter.from().defaultValue(), alter.to().defaultValue())
                        || !alter.from().type().equals(alter.to().type()));
    }

    private List<Column> columns(TableName table) {
        Table reflected = database.tables().get(table);
        return reflected == null ? List.of() : reflected.columns();
    }

    private static ReflectedExpression check(TableName table, List<Column> columns, CheckConstraint check) {
        return new ReflectedExpression(ExpressionQuestion.Kind.CHECK, table, check.name(), check.expression(), columns);
    }

    private static ReflectedExpression predicate(TableName table, List<Column> columns, Index index) {
        return new ReflectedExpression(ExpressionQuestion.Kind.INDEX_PREDICATE, table, index.name(), index.where(), columns);
    }

    private static ReflectedExpression defaultOf(TableName table, Column column) {
        return new ReflectedExpression(ExpressionQuestion.Kind.DEFAULT, table, column.name(), column.defaultValue(),
                List.of(column));
    }

    /** Re-spells the expressions of one operation at a time. */
    private final class Restorer {
        private final Map<ReflectedExpression, Restoration> restorations;

        Restorer(Map<ReflectedExpression, Restoration> restorations) {
            this.restorations = restorations;
        }

        Operation restore(Operation op) {
            if (op instanceof DropCheckConstraint drop) {
                return new DropCheckConstraint(drop.table(), restore(drop.table(), columns(drop.table()), drop.check()));
            }
            if (op instanceof DropIndex drop && drop.index().where() != null) {
                return new DropIndex(drop.table(), restore(drop.table(), columns(drop.table()), drop.index()));
            }
            if (op instanceof DropColumn drop && drop.column().defaultValue() != null) {
                return new DropColumn(drop.table(), restore(drop.table(), drop.column()));
            }
            if (op instanceof AlterColumn alter && setsOldDefaultAgain(alter)) {
                Column from = restore(alter.table(), alter.from());
                boolean sameDefault = Objects.equals(alter.from().defaultValue(), alter.to().defaultValue());
                Column to = sameDefault ? alter.to().defaultValue(from.defaultValue()) : alter.to();
                return new AlterColumn(alter.table(), from, to, alter.using());
            }
            if (op instanceof DropTable drop) {
                return new DropTable(restore(drop.table()));
            }
            return op;
        }

        private Table restore(Table table) {
            TableName name = table.tableName();
            List<Column> columns = table.columns().stream().map(c -> restore(name, c)).toList();
            List<CheckConstraint> checks = table.checks().stream().map(c -> restore(name, table.columns(), c)).toList();
            List<Index> indexes = table.indexes().stream().map(i -> restore(name, table.columns(), i)).toList();
            return new Table(table.schema(), table.name(), columns, table.primaryKey(), table.foreignKeys(),
                    table.uniques(), indexes, checks, table.comment());
        }

        private CheckConstraint restore(TableName table, List<Column> columns, CheckConstraint check) {
            String text = text(check(table, columns, check));
            return text.equals(check.expression()) ? check : new CheckConstraint(check.name(), text);
        }

        private Index restore(TableName table, List<Column> columns, Index index) {
            if (index.where() == null) {
                return index;
            }
            String text = text(predicate(table, columns, index));
            return text.equals(index.where()) ? index : index.where(text);
        }

        private Column restore(TableName table, Column column) {
            if (column.defaultValue() == null) {
                return column;
            }
            String text = text(defaultOf(table, column));
            return text.equals(column.defaultValue()) ? column : column.defaultValue(text);
        }

        private String text(ReflectedExpression expression) {
            Restoration restoration = restorations.get(expression);
            return restoration == null ? expression.text() : restoration.text();
        }
    }
}
