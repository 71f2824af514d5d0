package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * A table's check constraints in the order Hibernate's {@code create table} lists them on
 * PostgreSQL: for each column, its unnamed checks joined into one (or, without unnamed ones, its
 * first named check) inline; then the columns' other named checks; then the table's checks.
 */
final class DeclaredChecks {
    /** A check as written: its name (null when unnamed) and condition. */
    record Declared(String name, String condition) {
    }

    private DeclaredChecks() {
    }

    static List<Declared> of(Table table, StoredNames names) {
        List<Declared> declared = new ArrayList<>();
        List<Declared> hoisted = new ArrayList<>();
        for (Column column : table.getColumns()) {
            List<CheckConstraint> checks = column.getCheckConstraints();
            if (checks.isEmpty()) {
                continue;
            }
            String anonymous = anonymous(checks);
            boolean firstNamedInline = anonymous == null;
            if (anonymous != null) {
                declared.add(new Declared(null, anonymous));
            }
            for (CheckConstraint check : checks) {
                if (check.isNamed()) {
                    Declared named = new Declared(names.ofDdlName(check.getName()), check.getConstraint());
                    if (firstNamedInline) {
                        declared.add(named);
                        firstNamedInline = false;
                    } else {
                        hoisted.add(named);
                    }
                }
            }
        }
        declared.addAll(hoisted);
        for (CheckConstraint check : table.getChecks()) {
            declared.add(new Declared(check.isNamed() ? names.ofDdlName(check.getName()) : null, check.getConstraint()));
        }
        return declared;
    }

    /** The column's unnamed checks as the one condition Hibernate writes, or null when it has none. */
    private static String anonymous(List<CheckConstraint> checks) {
        List<CheckConstraint> anonymous = new ArrayList<>(1);
        for (CheckConstraint check : checks) {
            if (check.isAnonymous()) {
                anonymous.add(check);
            }
        }
        if (anonymous.size() <= 1) {
            return anonymous.isEmpty() ? null : anonymous.get(0).getConstraint();
        }
        StringBuilder joined = new StringBuilder();
        for (CheckConstraint check : anonymous) {
            joined.append(joined.length() == 0 ? "" : " and ").append(check.getConstraintInParens());
        }
        return joined.toString();
    }
}
