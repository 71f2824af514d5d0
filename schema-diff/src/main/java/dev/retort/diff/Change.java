package dev.retort.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One detected difference as {@code retort check} reports it, in Alembic's vocabulary
 * ({@code add_column}, {@code modify_type}, ...).
 *
 * @param op      the kind of change
 * @param schema  the schema, or null for the default schema
 * @param table   the table, or null for a sequence
 * @param details the names and values involved, in a fixed order (for stable JSON)
 */
public record Change(String op, String schema, String table, Map<String, Object> details) {

    public Change {
        Objects.requireNonNull(op, "op");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * The entry as {@code retort check --format json} writes it: {@code op}, {@code schema},
     * {@code table}, then the details, in that order.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("op", op);
        map.put("schema", schema);
        map.put("table", table);
        map.putAll(details);
        return Collections.unmodifiableMap(map);
    }

    /** One human-readable line, for example {@code add_column customer.note (text, nullable)}. */
    public String describe() {
        String where = qualified(table);
        return switch (op) {
            case "add_table", "remove_table" -> op + " " + where + " (" + count(details.get("columns")) + ")";
            case "add_column", "remove_column" -> op + " " + where + "." + details.get("column") + " ("
                    + details.get("type") + ", " + nullability(details.get("nullable"))
                    + (details.get("default") == null ? "" : ", default " + details.get("default")) + ")";
            case "modify_type", "modify_default", "modify_comment", "modify_identity" -> op + " " + where + "."
                    + details.get("column") + ": " + shown(details.get("from")) + " -> " + shown(details.get("to"));
            case "modify_nullable" -> op + " " + where + "." + details.get("column") + ": "
                    + nullability(details.get("from")) + " -> " + nullability(details.get("to"));
            case "modify_table_comment" -> op + " " + where + ": " + shown(details.get("from")) + " -> "
                    + shown(details.get("to"));
            case "add_pk", "remove_pk", "add_unique", "remove_unique" -> op + " " + where + " " + details.get("name")
                    + " (" + joined(details.get("columns")) + ")";
            case "add_index", "remove_index" -> op + " " + where + " " + details.get("name") + " ("
                    + joined(details.get("columns")) + ")" + (Boolean.TRUE.equals(details.get("unique")) ? " unique" : "")
                    + (details.get("where") == null ? "" : " where " + details.get("where"));
            case "add_fk", "remove_fk" -> op + " " + where + " " + details.get("name") + " ("
                    + joined(details.get("columns")) + ") -> " + details.get("referenced_table") + " ("
                    + joined(details.get("referenced_columns")) + ")" + actions();
            case "add_check", "remove_check" -> op + " " + where + " " + details.get("name") + " ("
                    + details.get("expression") + ")";
            case "add_sequence", "remove_sequence" -> op + " " + qualified(String.valueOf(details.get("name")))
                    + " (increment " + details.get("increment") + ")";
            case "modify_sequence" -> op + " " + qualified(String.valueOf(details.get("name"))) + ": " + aspects();
            case "rename_table" -> op + " " + where + " -> " + details.get("to");
            case "rename_column" -> op + " " + where + "." + details.get("from") + " -> " + details.get("to");
            default -> op + (table == null ? "" : " " + where) + " " + details;
        };
    }

    private String qualified(String name) {
        return schema == null ? name : schema + "." + name;
    }

    private String actions() {
        StringBuilder sb = new StringBuilder();
        if (!"NO ACTION".equals(details.get("on_delete"))) {
            sb.append(" on delete ").append(details.get("on_delete"));
        }
        if (!"NO ACTION".equals(details.get("on_update"))) {
            sb.append(" on update ").append(details.get("on_update"));
        }
        return sb.toString();
    }

    private String aspects() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> entry : details.entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> change) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(entry.getKey()).append(' ').append(shown(change.get("from"))).append(" -> ")
                        .append(shown(change.get("to")));
            }
        }
        return sb.toString();
    }

    private static String count(Object columns) {
        int n = columns instanceof List<?> list ? list.size() : 0;
        return n + (n == 1 ? " column" : " columns");
    }

    private static String nullability(Object nullable) {
        return Boolean.TRUE.equals(nullable) ? "nullable" : "not null";
    }

    private static String shown(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static String joined(Object values) {
        return values instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(values);
    }
}
