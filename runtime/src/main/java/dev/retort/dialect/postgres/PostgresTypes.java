package dev.retort.dialect.postgres;

import dev.retort.dialect.SqlType;
import dev.retort.dialect.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's type names. Parsing folds every spelling PostgreSQL accepts for a type into its
 * internal name ({@code integer}, {@code int} and {@code int4} all become {@code int4});
 * {@link #spell} writes the readable SQL-standard spelling back ({@code integer}). The serial types
 * parse as their integer types, but {@link #canonical} keeps them serial ({@code serial8} is
 * {@code bigserial}): only that spelling makes PostgreSQL create the column's sequence.
 */
public final class PostgresTypes implements TypeRules {

    /** Spellings of a base type (without modifiers) to PostgreSQL's internal name. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("integer", "int4"), Map.entry("int", "int4"), Map.entry("int4", "int4"),
            Map.entry("serial", "int4"), Map.entry("serial4", "int4"),
            Map.entry("smallint", "int2"), Map.entry("int2", "int2"),
            Map.entry("smallserial", "int2"), Map.entry("serial2", "int2"),
            Map.entry("bigint", "int8"), Map.entry("int8", "int8"),
            Map.entry("bigserial", "int8"), Map.entry("serial8", "int8"),
            Map.entry("real", "float4"), Map.entry("float4", "float4"),
            Map.entry("double precision", "float8"), Map.entry("float8", "float8"),
            Map.entry("boolean", "bool"), Map.entry("bool", "bool"),
            Map.entry("character varying", "varchar"), Map.entry("varchar", "varchar"),
            Map.entry("character", "bpchar"), Map.entry("char", "bpchar"), Map.entry("bpchar", "bpchar"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamptz", "timestamptz"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("timetz", "timetz"), Map.entry("time with time zone", "timetz"),
            Map.entry("bit varying", "varbit"), Map.entry("varbit", "varbit"));

    /** Internal names to the spelling generated code and DDL use. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("varchar", "varchar"), Map.entry("bpchar", "char"),
            Map.entry("varbit", "bit varying"));

    /** Serial spellings to the canonical one. */
    private static final Map<String, String> SERIALS = Map.of(
            "serial", "serial", "serial4", "serial", "bigserial", "bigserial", "serial8", "bigserial",
            "smallserial", "smallserial", "serial2", "smallserial");

    /** Integer types to their serial spelling. */
    private static final Map<String, String> SERIAL_OF = Map.of(
            "int2", "smallserial", "int4", "serial", "int8", "bigserial");

    /** Types whose precision defaults to 6 when none is written. */
    private static final Set<String> MICROSECONDS = Set.of("timestamp", "timestamptz", "time", "timetz");

    private static final Set<String> STRINGS = Set.of("varchar", "bpchar", "text", "name", "citext");
    private static final Set<String> NUMBERS = Set.of("int2", "int4", "int8", "numeric", "float4", "float8");
    private static final Set<String> TEMPORAL = Set.of("timestamp", "timestamptz", "date");

    // base words, optional (modifiers), optional time zone clause, optional array brackets
    private static final Pattern TYPE = Pattern.compile(
            "^(?<base>[a-z_][a-z0-9_ .\"]*?)\\s*(?:\\((?<args>[^)]*)\\))?"
                    + "(?<tz>\\s+(?:with|without) time zone)?(?<array>(?:\\s*\\[\\s*\\d*\\s*])*)$");

    @Override
    public SqlType parse(String type) {
        String text = type.strip().replaceAll("\\s+", " ");
        boolean array = false;
        if (text.startsWith("_") && !text.contains("(")) {
            // the catalogue's name for an array type, e.g. _text
            text = text.substring(1);
            array = true;
        }
        String folded = text.contains("\"") ? text : text.toLowerCase(Locale.ROOT);
        Matcher m = TYPE.matcher(folded);
        if (!m.matches()) {
            return new SqlType(folded, List.of(), array);
        }
        String base = m.group("base").strip();
        if (m.group("tz") != null) {
            base = base + m.group("tz");
        }
        array = array || !m.group("array").isEmpty();
        List<String> args = new ArrayList<>();
        if (m.group("args") != null && !m.group("args").isBlank()) {
            for (String arg : m.group("args").split(",")) {
                args.add(arg.strip());
            }
        }
        return normalise(base, args, array);
    }

    private static SqlType normalise(String base, List<String> args, boolean array) {
        if (base.equals("float") || base.equals("double")) {
            // float(p): 1..24 is real, 25..53 (or no p) is double precision
            int precision = args.isEmpty() ? 53 : Integer.parseInt(args.get(0));
            return new SqlType(precision <= 24 ? "float4" : "float8", List.of(), array);
        }
        if (base.startsWith("interval")) {
            return new SqlType(base, args, array);
        }
        String internal = SYNONYMS.getOrDefault(base, base);
        if (internal.equals("numeric") && args.size() == 1) {
            args = List.of(args.get(0), "0");
        }
        if (internal.equals("bpchar") && base.startsWith("char") && args.isEmpty() && !base.equals("bpchar")) {
            args = List.of("1");
        }
        if (internal.equals("int2") || internal.equals("int4") || internal.equals("int8")
                || internal.equals("float4") || internal.equals("float8") || internal.equals("bool")) {
            args = List.of();
        }
        return new SqlType(internal, args, array);
    }

    @Override
    public String canonical(String type) {
        String serial = SERIALS.get(bare(type));
        return serial != null ? serial : spell(parse(type));
    }

    /**
     * Fills in what PostgreSQL assumes without modifiers: precision 6 for timestamps, times and
     * intervals, length 1 for {@code bit} ({@code char} already parses as {@code char(1)}).
     * {@code varchar}, {@code numeric}, {@code bit varying} and {@code bpchar} without modifiers are
     * unbounded and stay so.
     */
    @Override
    public SqlType comparable(SqlType type) {
        if (!type.args().isEmpty()) {
            return type;
        }
        String base = type.base();
        if (MICROSECONDS.contains(base) || base.startsWith("interval")) {
            return new SqlType(base, List.of("6"), type.array());
        }
        if (base.equals("bit")) {
            return new SqlType(base, List.of("1"), type.array());
        }
        return type;
    }

    @Override
    public boolean isSerial(String type) {
        return SERIALS.containsKey(bare(type));
    }

    @Override
    public String serialOf(String integerType) {
        String serial = SERIALS.get(bare(integerType));
        if (serial != null) {
            return serial;
        }
        SqlType parsed = parse(integerType);
        return parsed.array() || !parsed.args().isEmpty() ? null : SERIAL_OF.get(parsed.base());
    }

    @Override
    public String storageType(String type) {
        return isSerial(type) ? spell(parse(type)) : type;
    }

    /** The type in lower case without surrounding blanks. */
    private static String bare(String type) {
        return type.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String spell(SqlType type) {
        String base = type.base();
        String args = type.args().isEmpty() ? "" : "(" + String.join(",", type.args()) + ")";
        String text = switch (base) {
            case "timestamptz" -> "timestamp" + args + " with time zone";
            case "timetz" -> "time" + args + " with time zone";
            case "bpchar" -> args.isEmpty() ? "bpchar" : "char" + args;
            default -> SPELLINGS.getOrDefault(base, base) + args;
        };
        return type.array() ? text + "[]" : text;
    }

    @Override
    public boolean convertsImplicitly(SqlType from, SqlType to) {
        if (from.array() != to.array()) {
            return false;
        }
        if (from.base().equals(to.base())) {
            return true;
        }
        if (STRINGS.contains(to.base())) {
            // every type has an assignment cast to the string types
            return true;
        }
        return NUMBERS.contains(from.base()) && NUMBERS.contains(to.base())
                || TEMPORAL.contains(from.base()) && TEMPORAL.contains(to.base())
                || STRINGS.contains(from.base()) && STRINGS.contains(to.base())
                || from.base().equals("time") && to.base().equals("timetz")
                || from.base().equals("varbit") && to.base().equals("bit")
                || from.base().equals("bit") && to.base().equals("varbit");
    }
}
