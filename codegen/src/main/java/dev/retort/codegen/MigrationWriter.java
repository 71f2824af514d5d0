package dev.retort.codegen;

import static dev.retort.codegen.JavaLiterals.javadoc;
import static dev.retort.codegen.JavaLiterals.string;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.migration.Ddl;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.IrreversibleOperationException;
import dev.retort.ops.Operation;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the Java source of a migration class: {@code upgrade()} records the spec's operations
 * through the fluent {@link Operations} API, one call per operation, and {@code downgrade()} records
 * their inverses in reverse order. The output depends on the spec alone (same spec, same bytes) and
 * compiles against the Retort runtime alone; save it as UTF-8 in {@code <className>.java}.
 *
 * <p>Long migrations are split into parts that each stay well under Java's 64 KB bytecode limit per
 * method; when they also hold more constants than one class file can, each part gets its own nested
 * class.
 */
public final class MigrationWriter {
    /** Distinct literals one class may hold; the class file format allows about twice as many. */
    static final int CLASS_CONSTANTS_BUDGET = 16_000;
    private static final int ANNOTATION_LINE_LIMIT = 120;

    private static final ClassName OPERATIONS = ClassName.get(Operations.class);
    private static final ClassName IRREVERSIBLE = ClassName.get(IrreversibleOperationException.class);

    private final int methodBudget;
    private final int classConstantsBudget;

    public MigrationWriter() {
        this(MethodParts.BUDGET_BYTES, CLASS_CONSTANTS_BUDGET);
    }

    /** With other limits, so that tests can exercise the split layouts on small migrations. */
    MigrationWriter(int methodBudget, int classConstantsBudget) {
        this.methodBudget = methodBudget;
        this.classConstantsBudget = classConstantsBudget;
    }

    /**
     * The whole {@code .java} file.
     *
     * @throws dev.retort.RetortException when an operation holds something the {@code Operations}
     *                                    API cannot express (a blank table comment, an index listing
     *                                    one key in both directions)
     */
    public String write(MigrationSpec spec) {
        DefinitionRenderer definitions = new DefinitionRenderer();
        OperationRenderer renderer = new OperationRenderer(definitions);
        List<Statement> upgrade = statements(spec.upgrade(), renderer);
        List<Statement> inverses = null;
        RuntimeException irreversible = null;
        try {
            inverses = statements(spec.upgrade().stream().map(Operation::invert).toList(), renderer);
        } catch (IrreversibleOperationException | IllegalArgumentException e) {
            // IllegalArgumentException: an inverse the records refuse, e.g. execute(sql, "") undone by "".
            irreversible = e;
        }

        List<MethodParts.Part> parts = MethodParts.split(upgrade, inverses, methodBudget);
        MigrationBody.Layout layout = parts.size() <= 1 ? MigrationBody.Layout.INLINE
                : constants(upgrade, inverses) <= classConstantsBudget ? MigrationBody.Layout.METHODS
                : MigrationBody.Layout.NESTED;
        MigrationBody body = new MigrationBody(upgrade, inverses, parts, layout, spec.className());

        TypeSpec.Builder type = TypeSpec.classBuilder(spec.className())
                .addJavadoc("$L", classJavadoc(spec))
                .addAnnotation(revision(spec))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethod(migrationMethod("upgrade", body.upgrade()))
                .addMethod(migrationMethod("downgrade",
                        irreversible == null ? body.downgrade() : throwIrreversible(spec, irreversible)));
        if (layout == MigrationBody.Layout.METHODS) {
            body.partMethods(irreversible == null).forEach(type::addMethod);
        } else if (layout == MigrationBody.Layout.NESTED) {
            body.partClasses(irreversible == null).forEach(type::addType);
        }

        JavaFile.Builder file = JavaFile.builder(spec.packageName(), type.build())
                .indent("    ")
                .skipJavaLangImports(true);
        if (!definitions.ddlMembers().isEmpty()) {
            file.addStaticImport(Ddl.class, definitions.ddlMembers().toArray(String[]::new));
        }
        return file.build().toString();
    }

    /** The estimated bytecode size of one method recording these operations; for tests. */
    static int estimatedBytes(List<Operation> operations) {
        return statements(operations, new OperationRenderer(new DefinitionRenderer())).stream()
                .mapToInt(Statement::bytes).sum();
    }

    private static List<Statement> statements(List<Operation> operations, OperationRenderer renderer) {
        OperationSubject subjects = new OperationSubject();
        return operations.stream().map(op -> Statement.of(op.accept(renderer), op.accept(subjects))).toList();
    }

    private static int constants(List<Statement> upgrade, List<Statement> inverses) {
        Set<String> all = new HashSet<>();
        upgrade.forEach(s -> all.addAll(s.constants()));
        if (inverses != null) {
            inverses.forEach(s -> all.addAll(s.constants()));
        }
        return all.size();
    }

    private static String classJavadoc(MigrationSpec spec) {
        String message = spec.message().strip();
        String summary = message.isEmpty() ? "Revision " + spec.revisionId() + "."
                : message + (message.matches("(?s).*[.!?]") ? "" : ".");
        return javadoc(summary) + "\n\n<p>Generated by Retort on " + created(spec) + ". Review before committing.\n";
    }

    /**
     * {@code @Revision(...)} on one line when it fits, one attribute per line otherwise. The
     * attributes are given to JavaPoet as a single pre-formatted value because it would otherwise
     * always put each attribute, and each parent, on a line of its own.
     */
    private static AnnotationSpec revision(MigrationSpec spec) {
        List<String> attributes = new ArrayList<>();
        attributes.add("id = " + string(spec.revisionId()));
        if (spec.parents().size() == 1) {
            attributes.add("parents = " + string(spec.parents().get(0)));
        } else if (spec.parents().size() > 1) {
            attributes.add("parents = {" + spec.parents().stream().map(JavaLiterals::string)
                    .collect(Collectors.joining(", ")) + "}");
        }
        attributes.add("message = " + string(spec.message()));
        attributes.add("created = " + string(created(spec)));
        String oneLine = String.join(", ", attributes);
        boolean fits = ("@" + Revision.class.getSimpleName() + "(" + oneLine + ")").length() <= ANNOTATION_LINE_LIMIT;
        return AnnotationSpec.builder(Revision.class)
                .addMember("value", "$L", fits ? oneLine : "\n" + String.join(",\n", attributes))
                .build();
    }

    private static String created(MigrationSpec spec) {
        return DateTimeFormatter.ISO_INSTANT.format(spec.created().truncatedTo(ChronoUnit.SECONDS));
    }

    private static MethodSpec migrationMethod(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(OPERATIONS, "op")
                .addCode(body)
                .build();
    }

    private static CodeBlock throwIrreversible(MigrationSpec spec, RuntimeException cause) {
        String message = spec.className() + ".downgrade() was not generated: " + cause.getMessage();
        return CodeBlock.builder()
                .add("// Retort cannot generate this downgrade. Write the operations that undo upgrade() here,\n")
                .add("// in reverse order, and remove the throw.\n")
                .addStatement("throw new $T($L)", IRREVERSIBLE, string(message))
                .build();
    }
}
