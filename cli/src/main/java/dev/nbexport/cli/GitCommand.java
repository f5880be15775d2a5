package dev.nbexport.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "git", usageHelpAutoWidth = true,
        description = {
            "Strip notebooks as git stores them: a clean filter (git add keeps outputs out of commits, the",
            "working copy keeps them) and a diff driver (git diff shows stripped notebooks).",
            "Like nbstripout --install, --uninstall and --status."},
        subcommands = {GitInstallCommand.class, GitUninstallCommand.class, GitStatusCommand.class,
            GitFilterProcessCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nbexport git install               this repository (.git/config, .git/info/attributes)",
            "  nbexport git install --global      every repository of this user",
            "  nbexport git status                exit 0 if installed, 1 if not",
            "  nbexport git uninstall             remove exactly what install added",
            "",
            ExitCode.HELP})
final class GitCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
        throw new UsageException("a git command is required (install, uninstall, status)");
    }

    /** Prints a setup's state: a headline, then each key and attributes line. */
    static void print(PrintStream out, GitSetup setup, GitSetup.Status status) {
        out.println("nbexport git filter: " + (status.installed() ? "installed" : "not installed")
                + " (" + setup.scope().label() + " configuration)");
        for (Map.Entry<String, Optional<String>> entry : status.values().entrySet()) {
            out.println("  " + entry.getKey() + entry.getValue().map(value -> "=" + value).orElse(" (not set)"));
        }
        for (Map.Entry<String, Boolean> entry : status.attributeLines().entrySet()) {
            out.println("  " + setup.attributesFile() + ": " + entry.getKey() + (entry.getValue() ? "" : " (missing)"));
        }
    }
}
