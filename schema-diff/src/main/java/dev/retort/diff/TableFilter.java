package dev.retort.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables and sequences Retort manages, from the {@code retort.tables.include} and
 * {@code retort.tables.exclude} globs ({@code *} any run of characters, {@code ?} one character,
 * matched against the unqualified name, case-sensitively). An empty include list means everything.
 * The version table is never managed, whatever the globs say.
 */
public final class TableFilter {
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final String versionTable;

    public TableFilter(List<String> includeGlobs, List<String> excludeGlobs, String versionTable) {
        this.include = includeGlobs.stream().map(TableFilter::compile).toList();
        this.exclude = excludeGlobs.stream().map(TableFilter::compile).toList();
        this.versionTable = versionTable;
    }

    /** Everything except the version table. */
    public static TableFilter all(String versionTable) {
        return new TableFilter(List.of(), List.of(), versionTable);
    }

    /** Whether a table or sequence of this name is compared and migrated. */
    public boolean manages(String name) {
        if (name.equals(versionTable)) {
            return false;
        }
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(name).matches())) {
            return false;
        }
        return exclude.stream().noneMatch(p -> p.matcher(name).matches());
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.strip().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
