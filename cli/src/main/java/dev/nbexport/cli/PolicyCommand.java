package dev.nbexport.cli;

import dev.nbexport.core.policy.PolicyFile;
import dev.nbexport.core.policy.PolicyYaml;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "policy", usageHelpAutoWidth = true, mixinStandardHelpOptions = false,
        description = "Show the effective policy, or write a commented project policy file.",
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Init.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nbexport policy show                    the policy for notebooks in this directory",
            "  nbexport policy show --preset export analysis.ipynb",
            "  nbexport policy init --preset export    write ./.nbexport.yaml",
            "",
            ExitCode.HELP})
final class PolicyCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
        throw new UsageException("a policy command is required (show, init)");
    }

    @Command(name = "show", usageHelpAutoWidth = true, sortOptions = false,
            description = {"Print the policy that applies to PATH (default: the current directory) as YAML,",
                "each value with where it came from: the preset, the project file, or a flag."},
            footerHeading = "%n", footer = ExitCode.HELP)
    static final class Show implements Callable<Integer> {

        @Mixin
        PolicyOptions policy;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Parameters(paramLabel = "PATH", arity = "0..1", description = "A notebook or directory.")
        Path path = Path.of("");

        private final Io io;

        Show(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Problems problems = new Problems(io.err(), false);
            io.out().print(PolicyYaml.render(policy.resolver(Preset.NBSTRIPOUT, problems).explain(path)));
            io.out().flush();
            return problems.exitCode();
        }
    }

    @Command(name = "init", usageHelpAutoWidth = true, sortOptions = false,
            description = "Write a commented " + PolicyFile.FILE_NAME + " into DIR (default: the current directory).",
            footerHeading = "%n", footer = ExitCode.HELP)
    static final class Init implements Callable<Integer> {

        @Option(names = "--preset", paramLabel = "NAME", converter = PolicyOptions.PresetConverter.class,
                description = "The preset the file starts from: nbstripout (default) or export.")
        Preset preset = Preset.NBSTRIPOUT;

        @Option(names = {"-f", "--force"}, description = "Replace an existing file.")
        boolean force;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to write the file.")
        Path directory = Path.of("");

        private final Io io;

        Init(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            Path file = directory.resolve(PolicyFile.FILE_NAME);
            String text;
            try (InputStream in = PolicyCommand.class.getResourceAsStream("policy-template.yaml")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PRESET", preset.id());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (force) {
                Files.writeString(file, text);
            } else {
                try {
                    Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    io.err().println("nbexport: " + file + ": already exists (use --force to replace it)");
                    return ExitCode.USAGE;
                }
            }
            io.err().println("nbexport: wrote " + file);
            return ExitCode.OK;
        }
    }
}
