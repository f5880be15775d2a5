package dev.nbexport.cli;

import java.io.IOException;

final class GitUninstallCommand extends GitSetupCommand {

    GitUninstallCommand(Io io) {
        super(io, "uninstall",
                "Remove what 'nbexport git install' with the same options added.",
                "That is the filter's keys, the diff driver's textconv if it runs nbexport, and the two attributes lines."
                        + " Nothing else is touched.");
    }

    @Override
    GitSetup.Status change(GitSetup setup) throws IOException {
        setup.uninstall();
        return setup.status();
    }
}
