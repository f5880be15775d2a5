package dev.nbexport.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

final class GitCommand implements Runnable {

    private final CommandSpec spec;

    GitCommand(Io io) {
        spec = Specs.command(this, "git",
                "Strip notebooks as git stores them, with a clean filter and a diff driver.",
                "Commits get no outputs while the working copy keeps them, and git diff shows notebooks stripped.",
                "Like nbstripout --install, --uninstall and --status.");
        Specs.examples(spec,
                "  nbexport git install               this repository (its .git folder)",
                "  nbexport git install --global      every repository of this user",
                "  nbexport git status                exit 0 if installed, 1 if not",
                "  nbexport git uninstall             remove exactly what install added");
        Specs.add(spec, Specs.help());
        for (GitSetupCommand command : List.of(new GitInstallCommand(io), new GitUninstallCommand(io), new GitStatusCommand(io))) {
            spec.addSubcommand(command.spec().name(), new CommandLine(command.spec()));
        }
        spec.addSubcommand("filter-process", new CommandLine(new GitFilterProcessCommand(io).spec()));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        throw new UsageException("a git command is required (install, uninstall, status)");
    }

    /** Prints a setup's state: a headline, then each key and attributes line. */
    static void print(PrintStream out, GitSetup setup, GitSetup.Status status) {
        String state = status.installed() ? "installed"
                : status.complete() ? "installed, but the command it runs is missing: " + status.missingProgram().orElseThrow()
                        + "; run nbexport git install again"
                : "not installed";
        out.println("nbexport git filter: " + state + " (" + setup.scope().label() + " configuration)");
        Map<String, String> current = GitSetup.entries("");
        for (Map.Entry<String, Optional<String>> entry : status.values().entrySet()) {
            // The launcher's path may be any; what follows it is what this version writes.
            String outdated = entry.getValue().filter(value -> !value.endsWith(current.get(entry.getKey())))
                    .map(value -> " (written by another version: run 'nbexport git install' again)").orElse("");
            out.println("  " + entry.getKey() + entry.getValue().map(value -> "=" + value).orElse(" (not set)") + outdated);
        }
        for (Map.Entry<String, Boolean> entry : status.attributeLines().entrySet()) {
            out.println("  " + setup.attributesFile() + ": " + entry.getKey() + (entry.getValue() ? "" : " (missing)"));
        }
    }
}
