package dev.retort.dialect;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.postgres.PostgresDialect;
import java.util.List;

/** The dialects Retort knows, looked up by JDBC URL. */
public final class Dialects {
    private static final List<Dialect> KNOWN = List.of(new PostgresDialect());

    private Dialects() {
    }

    public static Dialect forUrl(String jdbcUrl) {
        return KNOWN.stream().filter(d -> d.accepts(jdbcUrl)).findFirst()
                .orElseThrow(() -> new RetortException(ErrorKind.CONFIGURATION,
                        "No dialect for " + redact(jdbcUrl) + ": Retort supports PostgreSQL (jdbc:postgresql://host:port/db)"));
    }

    public static Dialect postgres() {
        return KNOWN.get(0);
    }

    /** The URL without user information or query parameters, which may hold a password. */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(none)";
        }
        String url = jdbcUrl.replaceAll("//[^/@]*@", "//");
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
