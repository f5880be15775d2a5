package dev.nbexport.cli;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.git.FilterServer;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "filter-process", usageHelpAutoWidth = true, sortOptions = false,
        description = {
            "Serve git's long-running filter process protocol on standard input and output: git starts it",
            "once per command (filter.nbexport.process) and has every notebook cleaned by it. Each notebook",
            "gets the policy for its path (.nbexport.yaml); a file that is not a valid notebook fails alone,",
            "with a one-line error on standard error. Not meant to be run by hand."},
        footer = {"", ExitCode.HELP})
final class GitFilterProcessCommand implements Callable<Integer> {

    @Mixin
    PolicyOptions policy;

    @Option(names = "--work-tree", paramLabel = "DIR", hidden = true,
            description = "The top of the working tree that pathnames are relative to (default: the current directory, where git starts filters).")
    Path workTree;

    @Option(names = "--in-memory-limit", paramLabel = "SIZE", hidden = true, converter = PolicyOptions.SizeConverter.class,
            description = "Files larger than this are spooled to a temporary file (default: 512M).")
    Long inMemoryLimit;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Io io;

    GitFilterProcessCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Problems problems = new Problems(io.err(), false);
        PolicyResolver resolver = policy.resolver(Preset.NBSTRIPOUT, problems);
        Path root = (workTree == null ? Path.of("") : workTree).toAbsolutePath();
        FilterServer server = new FilterServer(io.in(), io.out(),
                (pathname, content) -> Nbexport.strip(content, resolver.forPath(root.resolve(pathname))).bytes(),
                problems::report,
                inMemoryLimit == null ? FilterServer.DEFAULT_IN_MEMORY_LIMIT : inMemoryLimit);
        try {
            server.run();
        } catch (IOException e) {
            problems.report("git filter-process", e);
            return ExitCode.INVALID_INPUT;
        }
        // Files that failed were answered with status=error and reported; the process itself did its job.
        return ExitCode.OK;
    }
}
