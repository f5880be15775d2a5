package dev.nbexport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "install", usageHelpAutoWidth = true, sortOptions = false,
        description = {
            "Set up git to strip notebooks: filter.nbexport (a long-running filter process, a one-shot clean",
            "command for old git, smudge passing through, required), diff.ipynb.textconv, and",
            "'*.ipynb filter=nbexport' and '*.ipynb diff=ipynb' in the attributes file. Running it again is harmless."},
        footer = {"", ExitCode.HELP})
final class GitInstallCommand implements Callable<Integer> {

    @Mixin
    GitLocationOptions location;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Io io;

    GitInstallCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems(io.err(), false);
        try {
            GitSetup setup = location.setup();
            setup.install(GitSetup.launcher(System.getenv()));
            GitCommand.print(io.out(), setup, setup.status());
        } catch (IOException e) {
            problems.report(null, e);
        }
        return problems.exitCode();
    }
}
