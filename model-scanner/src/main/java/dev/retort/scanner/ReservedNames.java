package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;

/** The error for table and column names that PostgreSQL rejects because Hibernate writes them unquoted (H15). */
final class ReservedNames {
    private ReservedNames() {
    }

    /** Whether PostgreSQL reads this name, written unquoted, as a reserved word. */
    static boolean isReserved(Dialect dialect, String storedName) {
        return isPlain(storedName) && !dialect.quote(storedName).equals(storedName);
    }

    /** Lower-case letters, digits, underscores and dollars, not starting with a digit or dollar. */
    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '$'))) {
                return false;
            }
        }
        return true;
    }

    static RetortException error(Metadata metadata, List<MetamodelReader.ReservedName> names) {
        TableOwners owners = new TableOwners(metadata);
        List<String> problems = new ArrayList<>();
        for (MetamodelReader.ReservedName name : names) {
            String owner = owners.of(name.table());
            if (name.column() == null) {
                problems.add(owner + " maps to table '" + name.word() + "'");
            } else {
                problems.add(owner + " maps column '" + name.word() + "' of table " + name.table().getName());
            }
        }
        MetamodelReader.ReservedName first = names.get(0);
        String fix = first.column() == null
                ? "@Table(name = \"\\\"" + first.word() + "\\\"\")"
                : "@Column(name = \"\\\"" + first.word() + "\\\"\")";
        return new RetortException(ErrorKind.MODEL, String.join("; ", problems)
                + (names.size() == 1 ? ", a reserved word" : ": reserved words")
                + " in PostgreSQL that Hibernate writes unquoted, so its DDL would fail: quote "
                + (names.size() == 1 ? "it" : "them") + " (for example " + fix + ") or rename "
                + (names.size() == 1 ? "it" : "them"));
    }
}
