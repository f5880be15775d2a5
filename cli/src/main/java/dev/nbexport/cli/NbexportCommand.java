package dev.nbexport.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "nbexport", versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        description = {
            "Take the code home, leave the data on site:",
            "strip data from Jupyter notebooks, verify that files are data-free, bundle them for export."},
        subcommands = {StripCommand.class, VerifyCommand.class, BundleCommand.class, PolicyCommand.class, GitCommand.class, ManPageCommand.class,
            AutoComplete.GenerateCompletion.class},
        footerHeading = "%n",
        footer = {
            "Run 'nbexport COMMAND --help' for a command's options and examples.",
            "",
            ExitCode.HELP})
final class NbexportCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Override
    public void run() {
        // No command given: show what there is, and fail as a usage error.
        throw new UsageException("a command is required (strip, verify, bundle, policy)");
    }
}
