package dev.nbexport.cli;

import picocli.CommandLine.Option;

/** How a command that works through many files runs and talks: parallelism, quiet, verbose, help. */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files processed in parallel (default: the number of cores; for strip writing files, twice that).")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the results and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print one line per file, and stack traces of internal errors.")
    boolean verbose;

    /** The files to work on at once: {@code -j}, else one per core for computing, two per core for writing. */
    int jobs(boolean writesFiles) {
        if (jobs != null) {
            return jobs;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        // Replacing a file atomically waits for the disk (sync, rename) about as long as stripping
        // it takes; a second file per core keeps the cores busy meanwhile.
        return writesFiles ? 2 * cores : cores;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
