package dev.nbexport.cli;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.git.FilterServer;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.strip.ZeppelinStripper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class GitFilterProcessCommand implements Callable<Integer> {

    private final OptionSpec workTree = Specs.option(Path.class, "DIR",
            "The top of the working tree that pathnames are relative to (default: the current directory, where git starts filters).",
            "--work-tree").hidden(true).build();
    private final OptionSpec inMemoryLimit = Specs.option(Long.class, "SIZE",
            "Files larger than this are spooled to a temporary file (default: an eighth of the heap, at most 512M).", "--in-memory-limit")
            .converters(new PolicyOptions.SizeConverter()).hidden(true).build();
    private final CommandSpec spec;
    private final PolicyOptions policy;
    private final Io io;

    GitFilterProcessCommand(Io io) {
        this.io = io;
        spec = Specs.exitCodes(Specs.command(this, "filter-process",
                "Serve git's long-running filter process protocol on standard input and output.",
                "Git starts it once per command and has every notebook cleaned by it. Each notebook gets the policy"
                        + " for its path (the project file nearest it); a file that is not a valid notebook fails alone,"
                        + " with a one-line error on standard error. The policy options are strip's. Not meant to be run by hand."));
        policy = new PolicyOptions(spec);
        Specs.add(spec, workTree, inMemoryLimit, Specs.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Problems problems = new Problems(io.err(), false);
        PolicyResolver resolver = policy.resolver(Preset.NBSTRIPOUT, problems);
        Path root = Specs.value(workTree, Path.of("")).toAbsolutePath();
        FilterServer server = new FilterServer(io.in(), io.out(),
                (pathname, content) -> (NotebookFiles.isZeppelinNote(Path.of(pathname)) ? ZeppelinStripper.strip(content)
                        : Nbexport.strip(content, resolver.forPath(root.resolve(pathname)))).bytes(),
                problems::report,
                Specs.value(inMemoryLimit, FilterServer.DEFAULT_IN_MEMORY_LIMIT));
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
