package dev.nbexport.cli;

import java.io.IOException;

final class GitStatusCommand extends GitSetupCommand {

    GitStatusCommand(Io io) {
        super(io, "status",
                "Print what 'nbexport git install' with the same options writes, as it is now.",
                "That is the git configuration's keys and the attributes lines. Exit 0 if all of it is there and the command"
                        + " the keys run exists, 1 if not.");
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
