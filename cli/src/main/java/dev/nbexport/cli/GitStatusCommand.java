package dev.nbexport.cli;

import java.io.IOException;
import picocli.CommandLine.Command;

@Command(name = "status", usageHelpAutoWidth = true, sortOptions = false,
        description = {
            "Print the git configuration and attributes that 'nbexport git install' with the same options",
            "writes, as they are now. Exit 0 if all of it is there, 1 if not."},
        footer = {"", ExitCode.HELP})
final class GitStatusCommand extends GitSetupCommand {

    GitStatusCommand(Io io) {
        super(io);
    }

    @Override
    GitSetup.Status change(GitSetup setup) throws IOException {
        return setup.status();
    }

    @Override
    boolean failsWhenNotInstalled() {
        return true;
    }
}
