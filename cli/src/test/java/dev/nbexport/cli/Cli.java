package dev.nbexport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real entry point in-process with captured streams. */
final class Cli {

    record Result(int exitCode, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Result runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Result result = runWritingTo(out, stdin, args);
        return new Result(result.exitCode(), out.toByteArray(), result.stderr());
    }

    /** Runs as from a person's terminal (where progress and hints show), with {@code stdin} as what they type. */
    static Result runOnTerminal(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8), true, args);
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with standard output going to {@code out}; the result's stdout is empty. */
    static Result runWritingTo(OutputStream out, byte[] stdin, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, new byte[0], err.toString(StandardCharsets.UTF_8));
    }
}
