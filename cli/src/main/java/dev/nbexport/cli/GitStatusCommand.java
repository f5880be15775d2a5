package dev.nbexport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", usageHelpAutoWidth = true, sortOptions = false,
        description = {
            "Print the git configuration and attributes that 'nbexport git install' with the same options",
            "writes, as they are now. Exit 0 if all of it is there, 1 if not."},
        footer = {"", ExitCode.HELP})
final class GitStatusCommand implements Callable<Integer> {

    @Mixin
    GitLocationOptions location;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Io io;

    GitStatusCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems(io.err(), false);
        try {
            GitSetup setup = location.setup();
            GitSetup.Status status = setup.status();
            GitCommand.print(io.out(), setup, status);
            if (!status.installed()) {
                problems.raise(ExitCode.FINDINGS);
            }
        } catch (IOException e) {
            problems.report(null, e);
        }
        return problems.exitCode();
    }
}
