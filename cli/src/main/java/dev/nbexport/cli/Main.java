package dev.nbexport.cli;

import dev.nbexport.core.io.TemporaryFiles;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** The command-line entry point. {@link #main} is the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // This process is the run: stopped (Ctrl-C, kill), it leaves no temporary file behind, but
        // the whole copy of a notebook whose write in place hangs, which it names.
        TemporaryFiles.removeWhenStopped(message -> err.println(Problems.line(message)));
        int code = run(System.in, new FileOutputStream(FileDescriptor.out), err, Progress.interactive(), args);
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the given streams and returns its exit code; never exits the JVM. */
    public static int run(InputStream in, OutputStream out, PrintStream err, String... args) {
        return run(in, out, err, false, args);
    }

    /**
     * Runs the command, then makes sure its results reached standard output: a write that failed
     * there (a full disk, a closed pipe) is an output that cannot be written, exit 3.
     */
    static int run(InputStream in, OutputStream out, PrintStream err, boolean terminal, String... args) {
        StandardOutput stdout = new StandardOutput(out);
        PrintStream printed = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        int code = run(new Io(in, printed, err, terminal), args);
        boolean failed = printed.checkError() || out instanceof PrintStream given && given.checkError();
        if (!failed) {
            return code;
        }
        Problems problems = new Problems(err, false);
        problems.raise(code);
        problems.cannotWrite(StandardOutput.NAME, stdout.failure());
        return problems.exitCode();
    }

    private static int run(Io io, String... args) {
        if (NbstripoutCommandLine.calledAs(args)) {
            return NbstripoutCommandLine.run(io, args, (used, translated) -> execute(used, NbstripoutCommandLine.NAME, translated));
        }
        return execute(io, null, args);
    }

    /** Runs nbexport's command line; a usage error points at {@code helpCommand --help}, else at the command's own. */
    private static int execute(Io io, String helpCommand, String[] args) {
        PrintStream out = io.out();
        PrintStream err = io.err();
        CommandLine commandLine = NbexportCommand.commandLine(io, args);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, ignoredArgs) -> {
            PrintWriter writer = e.getCommandLine().getErr();
            writer.println(Problems.line(e.getMessage() + suggestions(e)));
            writer.println(usageHint(helpCommand, e.getCommandLine()));
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter writer = cmd.getErr();
            if (e instanceof UsageException) {
                writer.println(Problems.line(e.getMessage()));
                writer.println(usageHint(helpCommand, cmd));
                return ExitCode.USAGE;
            }
            if (e instanceof dev.nbexport.core.policy.InvalidPolicyException policy) {
                writer.println(Problems.line(Problems.policyProblem(policy)));
                return ExitCode.USAGE;
            }
            writer.println(Problems.line("internal error (" + e.getClass().getName() + "): " + e.getMessage()));
            if (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose")) {
                e.printStackTrace(writer);
            } else {
                writer.println("Run again with --verbose for details, and please report it.");
            }
            return ExitCode.INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Past the per-file reports, which name the file: the work as a whole did not fit.
            err.println(Problems.line(Problems.outOfMemory(e)));
            return ExitCode.INVALID_INPUT;
        }
    }

    /** picocli's best guess at what a mistyped command or option meant, as the end of the error's line. */
    private static String suggestions(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return "";
        }
        List<String> suggested = unmatched.getSuggestions();
        // The closest first; the others are often far off.
        return suggested.isEmpty() ? "" : " (did you mean " + suggested.get(0) + "?)";
    }

    private static String usageHint(String helpCommand, CommandLine failed) {
        return "Run '" + (helpCommand != null ? helpCommand : failed.getCommandSpec().qualifiedName()) + " --help' for usage.";
    }
}
