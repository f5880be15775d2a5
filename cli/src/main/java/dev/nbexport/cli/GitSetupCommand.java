package dev.nbexport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** What install, uninstall and status share: where git's configuration is, and how they report. */
abstract class GitSetupCommand implements Callable<Integer> {

    private final CommandSpec spec;
    private final GitLocationOptions location;
    final Io io;

    GitSetupCommand(Io io, String name, String... description) {
        this.io = io;
        spec = Specs.exitCodes(Specs.command(this, name, description));
        location = new GitLocationOptions(spec);
        Specs.add(spec, Specs.help());
    }

    CommandSpec spec() {
        return spec;
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
