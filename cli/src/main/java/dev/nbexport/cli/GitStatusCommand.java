package dev.nbexport.cli;

import java.io.IOException;

final class GitStatusCommand extends GitSetupCommand {

    GitStatusCommand(Io io) {
        super(io, "status",
                "Print the git configuration and attributes that 'nbexport git install' with the same options",
                "writes, as they are now. Exit 0 if all of it is there, 1 if not.");
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
