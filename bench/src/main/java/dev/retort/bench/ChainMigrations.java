package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a linear chain of hand-written migrations, one column each: revision 1 creates table
 * {@code chain} with its {@code id} column, revision i (2..count) adds column {@code c<i>}.
 */
public final class ChainMigrations {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private ChainMigrations() {
    }

    public static String id(int revision) {
        return String.format(Locale.ROOT, "c4a1%08x", revision);
    }

    public static String column(int revision) {
        return String.format(Locale.ROOT, "c%03d", revision);
    }

    /** Writes the sources into {@code dir} (which must exist). */
    public static void write(Path dir, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "Chain%03d", i);
            Files.writeString(dir.resolve(name + ".java"), source(name, i), StandardCharsets.UTF_8);
        }
    }

    static String source(String className, int i) {
        String parents = i == 1 ? "" : "parents = \"" + id(i - 1) + "\", ";
        String up;
        String down;
        if (i == 1) {
            String elements = "column(\"id\", \"bigint\").notNull(), primaryKey(\"chain_pkey\", \"id\")";
            up = "op.createTable(\"chain\", " + elements + ");";
            down = "op.dropTable(\"chain\", " + elements + ");";
        } else {
            String col = "column(\"" + column(i) + "\", \"integer\")";
            up = "op.addColumn(\"chain\", " + col + ");";
            down = "op.dropColumn(\"chain\", " + col + ");";
        }
        return """
                import static dev.retort.migration.Ddl.column;
                import static dev.retort.migration.Ddl.primaryKey;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "%s", %smessage = "chain step %d", created = "%s")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(id(i), parents, i, START.plusSeconds(60L * i), className, up, down);
    }
}
