package dev.retort.cli.project;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.ProgressLog;
import dev.retort.cli.compile.MigrationCompiler;
import dev.retort.cli.config.RetortConfig;
import dev.retort.migration.Migration;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's migrations: compiled (or taken from the compile cache), loaded, and arranged in
 * the revision graph their {@link Revision} annotations describe.
 */
public final class MigrationHistory {
    private final RevisionGraph graph;
    private final MigrationCompiler.Result compiled;
    private final Map<String, String> classById;

    private MigrationHistory(RevisionGraph graph, MigrationCompiler.Result compiled, Map<String, String> classById) {
        this.graph = graph;
        this.compiled = compiled;
        this.classById = classById;
    }

    /** Compiles what is not cached yet and builds the graph; no migration class is loaded until it runs. */
    public static MigrationHistory load(RetortConfig config, ProgressLog log) {
        MigrationCompiler compiler = new MigrationCompiler(config.workDir().resolve("classes"), config.projectDir());
        long start = System.nanoTime();
        MigrationCompiler.Result result = compiler.compile(config.migrationsDir());
        if (result.compiled() > 0) {
            log.info("Compiled " + result.compiled() + " migration source" + (result.compiled() == 1 ? "" : "s")
                    + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        }
        List<RevisionInfo> revisions = new ArrayList<>();
        Map<String, String> classById = new HashMap<>();
        for (MigrationCompiler.CompiledSource source : result.sources()) {
            String where = display(config, source.source());
            for (MigrationCompiler.CompiledMigration migration : source.migrations()) {
                revisions.add(new RevisionInfo(migration.id(), migration.parents(), migration.message(),
                        migration.created(), where));
                classById.putIfAbsent(migration.id(), migration.className());
            }
        }
        return new MigrationHistory(RevisionGraph.of(revisions), result, classById);
    }

    private static String display(RetortConfig config, Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        return absolute.startsWith(config.projectDir()) ? config.projectDir().relativize(absolute).toString()
                : absolute.toString();
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** A new instance of the migration class of a revision. */
    public Migration instantiate(String id) {
        String className = classById.get(id);
        if (className == null) {
            throw new RetortException(ErrorKind.REVISION, "No migration class for revision " + id);
        }
        Class<? extends Migration> type = compiled.load(className);
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new RetortException(ErrorKind.REVISION, type.getName() + " (revision " + id
                    + ") needs a public constructor without arguments");
        } catch (InvocationTargetException e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "Creating " + type.getName() + " (revision " + id
                    + ") failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new RetortException(ErrorKind.REVISION, "Cannot create " + type.getName() + " (revision " + id
                    + "): " + e.getMessage(), e);
        } catch (ExceptionInInitializerError e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "Creating " + type.getName() + " (revision " + id
                    + ") failed in its static initialiser: " + e.getCause(), e.getCause());
        }
    }
}
