package dev.nbexport.cli;

import picocli.CommandLine.Option;

/** How a command that works through many files runs and talks: parallelism, quiet, verbose, help. */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files processed in parallel (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the results and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print one line per file, and stack traces of internal errors.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
