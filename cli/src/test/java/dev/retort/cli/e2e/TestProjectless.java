package dev.retort.cli.e2e;

import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs a command in a directory that is not (yet) a Retort project. */
final class TestProjectless {
    private TestProjectless() {
    }

    static TestProject.Result run(Path dir, String... args) {
        return run(dir, Map.of(), args);
    }

    static TestProject.Result run(Path dir, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e, dir, env::get);
        }
        return new TestProject.Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
