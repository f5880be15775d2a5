package dev.nbexport.cli;

import dev.nbexport.core.files.FileTasks;
import picocli.CommandLine.Option;

/** How a command that works through many files runs and talks: parallelism, quiet, verbose, help. */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files processed in parallel (default: the number of cores; for strip writing files, four times that, at most 32).")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the results and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print one line per file, and stack traces of internal errors.")
    boolean verbose;

    /** The files to work on at once: {@code -j}, else as {@link FileTasks#defaultJobs} says. */
    int jobs(boolean writesFiles) {
        return jobs != null ? jobs : FileTasks.defaultJobs(writesFiles);
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
