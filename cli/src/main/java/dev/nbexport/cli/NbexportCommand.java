package dev.nbexport.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top command, {@code nbexport}, and the commands under it. */
final class NbexportCommand implements Runnable {

    /** The commands by name, in the order help lists them, each made for a run's streams. */
    private static final Map<String, Function<Io, Object>> COMMANDS = commands();
    /** The commands that document the others, and so need all of them. */
    private static final Set<String> DOCUMENTING = Set.of("man", "generate-completion");
    private static final Set<String> VERSION = Set.of("-V", "--version");

    private static Map<String, Function<Io, Object>> commands() {
        Map<String, Function<Io, Object>> commands = new LinkedHashMap<>();
        commands.put("strip", io -> new StripCommand(io).spec());
        commands.put("verify", io -> new VerifyCommand(io).spec());
        commands.put("bundle", io -> new BundleCommand(io).spec());
        commands.put("policy", io -> new PolicyCommand(io).spec());
        commands.put("git", io -> new GitCommand(io).spec());
        commands.put("man", io -> new ManPageCommand(io).spec());
        // picocli's own command, read from its annotations: it runs only at build time.
        commands.put("generate-completion", io -> AutoComplete.GenerateCompletion.class);
        return Collections.unmodifiableMap(commands);
    }

    private NbexportCommand() {
    }

    /**
     * The command line for {@code args}, with only the command they name under the top (all of them
     * for help and documentation): a command's model costs start-up time, and a small strip is quick.
     */
    static CommandLine commandLine(Io io, String[] args) {
        CommandSpec spec = Specs.command(new NbexportCommand(), "nbexport",
                "Take the code home, leave the data on site:",
                "strip data from Jupyter notebooks, verify that files are data-free, bundle them for export.");
        spec.usageMessage().footerHeading("%n")
                .footer("Run 'nbexport COMMAND --help' for a command's options and examples.", "", ExitCode.HELP);
        spec.versionProvider(new VersionProvider());
        Specs.add(spec, Specs.help(), Specs.version());
        CommandLine commandLine = new CommandLine(spec);
        String named = args.length > 0 ? args[0] : "";
        if (args.length == 1 && VERSION.contains(named)) {
            // The version alone needs no command: picocli's own would cost 30 ms of reflection.
            return commandLine;
        }
        if (COMMANDS.containsKey(named) && !DOCUMENTING.contains(named)) {
            commandLine.addSubcommand(named, COMMANDS.get(named).apply(io));
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.apply(io)));
        }
        return commandLine;
    }

    @Override
    public void run() {
        // No command given: show what there is, and fail as a usage error.
        throw new UsageException("a command is required (strip, verify, bundle, policy, git)");
    }
}
