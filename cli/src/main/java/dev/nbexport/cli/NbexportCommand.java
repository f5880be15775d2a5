package dev.nbexport.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "nbexport", versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        description = {
            "Take the code home, leave the data on site:",
            "strip data from Jupyter notebooks, verify that files are data-free, bundle them for export."},
        footerHeading = "%n",
        footer = {
            "Run 'nbexport COMMAND --help' for a command's options and examples.",
            "",
            ExitCode.HELP})
final class NbexportCommand implements Runnable {

    /**
     * The commands by name, in the order help lists them. {@link Main} builds only the one a
     * command line names: picocli's model of every command costs more start-up time than a
     * small strip takes.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("strip", StripCommand.class);
        commands.put("verify", VerifyCommand.class);
        commands.put("bundle", BundleCommand.class);
        commands.put("policy", PolicyCommand.class);
        commands.put("git", GitCommand.class);
        commands.put("man", ManPageCommand.class);
        commands.put("generate-completion", AutoComplete.GenerateCompletion.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The commands a run needs: the one named first, or all of them for help and documentation. */
    static Map<String, Class<?>> needed(String[] args) {
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named == null || named == ManPageCommand.class || named == AutoComplete.GenerateCompletion.class) {
            return COMMANDS;
        }
        return Map.of(args[0], named);
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Override
    public void run() {
        // No command given: show what there is, and fail as a usage error.
        throw new UsageException("a command is required (strip, verify, bundle, policy, git)");
    }
}
