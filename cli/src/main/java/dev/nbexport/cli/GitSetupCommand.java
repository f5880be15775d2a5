package dev.nbexport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What install, uninstall and status share: where git's configuration is, and how they report. */
abstract class GitSetupCommand implements Callable<Integer> {

    @Mixin
    GitLocationOptions location;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    final Io io;

    GitSetupCommand(Io io) {
        this.io = io;
    }

    @Override
    public final Integer call() {
        Problems problems = new Problems(io.err(), false);
        try {
            GitSetup setup = location.setup();
            GitSetup.Status status = change(setup);
            GitCommand.print(io.out(), setup, status);
            if (!status.installed() && failsWhenNotInstalled()) {
                problems.raise(ExitCode.FINDINGS);
            }
        } catch (IOException e) {
            problems.report(null, e);
        }
        return problems.exitCode();
    }

    /** Changes the setup, if this command does, and returns its status afterwards. */
    abstract GitSetup.Status change(GitSetup setup) throws IOException;

    boolean failsWhenNotInstalled() {
        return false;
    }
}
