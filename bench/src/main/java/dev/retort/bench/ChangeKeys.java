package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The normalised key of one entry of {@code retort check --format json}, comparable with
 * {@link ExpectedChange#key()}: {@code op table [column|name] [value]}, for example
 * {@code add_column t0042 cnew}, {@code modify_nullable t0042 c03 false}, {@code remove_fk t0100 fk_t0100_ref}.
 */
public final class ChangeKeys {
    private ChangeKeys() {
    }

    /** The keys of check's whole JSON output. */
    @SuppressWarnings("unchecked")
    public static List<String> ofCheckOutput(String json) {
        Object parsed = Json.parse(json.strip());
        if (!(parsed instanceof Map<?, ?> root) || !(root.get("operations") instanceof List<?> operations)) {
            throw new IllegalArgumentException("check's JSON has no \"operations\" list: " + abbreviate(json));
        }
        List<String> keys = new ArrayList<>();
        for (Object entry : operations) {
            keys.add(of((Map<String, Object>) entry));
        }
        return keys;
    }

    /** The key of one entry. */
    public static String of(Map<String, Object> entry) {
        String op = String.valueOf(entry.get("op"));
        Object schema = entry.get("schema");
        Object table = entry.get("table");
        String where = table == null ? "" : (schema == null ? "" : schema + ".") + table;
        return switch (op) {
            case "add_table", "remove_table" -> op + " " + where;
            case "add_sequence", "remove_sequence", "modify_sequence" ->
                    op + " " + (schema == null ? "" : schema + ".") + entry.get("name");
            case "add_column", "remove_column" -> op + " " + where + " " + entry.get("column");
            case "modify_nullable" -> op + " " + where + " " + entry.get("column") + " " + entry.get("to");
            case "modify_type" -> op + " " + where + " " + entry.get("column") + " " + type(entry.get("to"));
            case "modify_default", "modify_comment", "modify_identity" ->
                    op + " " + where + " " + entry.get("column") + " " + entry.get("to");
            case "add_index", "remove_index", "add_unique", "remove_unique", "add_fk", "remove_fk",
                 "add_check", "remove_check", "add_pk", "remove_pk" -> op + " " + where + " " + entry.get("name");
            default -> op + " " + where + " " + new TreeMap<>(entry);
        };
    }

    /** {@code character varying(n)} and {@code varchar(n)} alike, lower case, no spaces after commas. */
    static String type(Object type) {
        String t = String.valueOf(type).toLowerCase(java.util.Locale.ROOT).replace(", ", ",");
        return t.startsWith("character varying") ? "varchar" + t.substring("character varying".length()) : t;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
