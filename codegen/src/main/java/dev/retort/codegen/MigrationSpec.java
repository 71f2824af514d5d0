package dev.retort.codegen;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.ops.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Everything a generated migration class is made of.
 *
 * @param packageName the Java package, or {@code ""} for the default package
 * @param className   the class name, usually from {@link MigrationNames#className}
 * @param revisionId  the revision id, usually from {@link MigrationNames#newRevisionId}
 * @param parents     the parent revision ids: none for the first revision, two or more for a merge
 * @param message     what the revision does, as given to {@code retort revision -m}
 * @param created     when the revision was created; the class records it to the second
 * @param upgrade     the operations {@code upgrade()} records, in order; {@code downgrade()} undoes them
 */
public record MigrationSpec(String packageName, String className, String revisionId, List<String> parents,
                            String message, Instant created, List<Operation> upgrade) {

    public MigrationSpec {
        Objects.requireNonNull(packageName, "packageName");
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new RetortException(ErrorKind.CONFIGURATION, "'" + packageName + "' is not a Java package name:"
                    + " set retort.migrations.package to dotted identifiers such as com.example.migrations");
        }
        if (className == null || !SourceVersion.isName(className) || className.contains(".")) {
            throw new IllegalArgumentException("'" + className + "' is not a Java class name");
        }
        if (revisionId == null || revisionId.isBlank()) {
            throw new IllegalArgumentException("a migration needs a revision id");
        }
        parents = List.copyOf(parents);
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(created, "created");
        upgrade = List.copyOf(upgrade);
    }
}
