package dev.retort.ops;

import java.util.Objects;

/**
 * Runs hand-written SQL. It is only reversible when the migration supplies the SQL that undoes it.
 *
 * @param sql     the statement to run
 * @param undoSql the statement that reverses it, or null when there is none
 */
public record ExecuteSql(String sql, String undoSql) implements Operation {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("execute() needs a statement");
        }
    }

    @Override
    public Operation invert() {
        if (undoSql == null) {
            throw new IrreversibleOperationException("execute(\"" + abbreviate(sql)
                    + "\") has no undo statement: pass one as execute(sql, undoSql) or write downgrade() by hand");
        }
        return new ExecuteSql(undoSql, sql);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
