package dev.nbexport.cli;

import static dev.nbexport.cli.Specs.flag;
import static dev.nbexport.cli.Specs.isSet;

import dev.nbexport.core.files.FileTasks;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** How a command that works through many files runs and talks: parallelism, quiet, verbose, help. */
final class RunOptions {

    private final OptionSpec jobs = Specs.option(Integer.class, "N",
            "Files processed in parallel (default: the number of cores; for strip writing files, four times that, at most 32).",
            "-j", "--jobs").build();
    private final OptionSpec quiet = flag("Print nothing but the results and errors.", "-q", "--quiet");
    private final OptionSpec verbose = flag("Print one line per file, and stack traces of internal errors.", "-v", "--verbose");

    /** Adds these options, and help, to {@code command}. */
    RunOptions(CommandSpec command) {
        Specs.add(command, jobs, quiet, verbose, Specs.help());
    }

    boolean quiet() {
        return isSet(quiet);
    }

    boolean verbose() {
        return isSet(verbose);
    }

    /** The files to work on at once: {@code -j}, else as {@link FileTasks#defaultJobs} says. */
    int jobs(boolean writesFiles) {
        Integer given = Specs.value(jobs);
        return given != null ? given : FileTasks.defaultJobs(writesFiles);
    }
}
