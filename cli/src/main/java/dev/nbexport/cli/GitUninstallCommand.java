package dev.nbexport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "uninstall", usageHelpAutoWidth = true, sortOptions = false,
        description = {
            "Remove what 'nbexport git install' added with the same options: the filter.nbexport keys,",
            "diff.ipynb.textconv if it runs nbexport, and the two attributes lines. Nothing else is touched."},
        footer = {"", ExitCode.HELP})
final class GitUninstallCommand implements Callable<Integer> {

    @Mixin
    GitLocationOptions location;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Io io;

    GitUninstallCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems(io.err(), false);
        try {
            GitSetup setup = location.setup();
            setup.uninstall();
            GitCommand.print(io.out(), setup, setup.status());
        } catch (IOException e) {
            problems.report(null, e);
        }
        return problems.exitCode();
    }
}
