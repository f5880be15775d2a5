package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

final class GitInstallCommand extends GitSetupCommand {

    GitInstallCommand(Io io) {
        super(io, "install",
                "Set up git to strip notebooks.",
                "Writes the filter (a long-running filter process, a one-shot clean command for old git, smudge passing"
                        + " through, required) and the diff driver's textconv into the git configuration, and"
                        + " '*.ipynb filter=nbexport' and '*.ipynb diff=ipynb' into the attributes file.",
                "Running it again is harmless.");
    }

    @Override
    GitSetup.Status change(GitSetup setup) throws IOException {
        String launcher = GitSetup.launcher(System.getenv());
        setup.install(launcher);
        String program = ConfiguredCommand.program(launcher, Map.of()).orElse("");
        if (program.contains("/") && GitSetup.insideMavenBuild(Path.of(program))) {
            io.err().println(Problems.line("the filter runs " + program + ", inside a Maven build folder: 'mvn clean' will"
                    + " break it; copy the launcher's folder elsewhere (say, to a folder on PATH) and run nbexport git install from the copy"));
        }
        if (setup.preCommitRunsNbexportHooks()) {
            io.err().println(Problems.line(GitSetup.PRE_COMMIT_CONFIG + " runs nbexport's hooks too: use the filter or the"
                    + " hooks, not both (with the filter, the working copy keeps outputs that the verify hook fails on)"));
        }
        return setup.status();
    }
}
