package dev.retort.cli.command;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.cli.CliContext;
import dev.retort.cli.Main;
import dev.retort.cli.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort init [DIR]}: a commented configuration file and the migrations folder. */
@Command(name = "init", description = "Write a commented retort.properties (if absent) and the migrations folder.")
public final class InitCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Project directory (default: the current one).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        CliContext context = context();
        Path project = context.workingDir().resolve(dir == null ? Path.of(".") : dir).normalize();
        Files.createDirectories(project);
        Path config = project.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(config)) {
            context.out().println("Kept existing " + config);
        } else {
            try (InputStream template = InitCommand.class.getResourceAsStream("retort.properties.template")) {
                if (template == null) {
                    throw new RetortException(ErrorKind.CONFIGURATION, "The configuration template is missing from this build");
                }
                Files.write(config, template.readAllBytes());
            }
            context.out().println("Wrote " + config);
        }
        Path migrations = project.resolve("migrations");
        if (Files.isDirectory(migrations)) {
            context.out().println("Kept existing " + migrations);
        } else {
            Files.createDirectories(migrations);
            context.out().println("Created " + migrations);
        }
        context.out().println("Next: set retort.model.packages and retort.model.classpath in " + config.getFileName()
                + ", then run 'retort autogenerate -m \"Initial schema\"'.");
        return Main.OK;
    }
}
