package dev.nbexport.cli;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.policy.ExplainedPolicy;
import dev.nbexport.core.policy.PolicyFile;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.PolicyYaml;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class PolicyCommand implements Runnable {

    private final CommandSpec spec;

    PolicyCommand(Io io) {
        spec = Specs.command(this, "policy", "Show the effective policy, or write a commented project policy file.");
        Specs.examples(spec,
                "  nbexport policy show                    the policy for notebooks here",
                "  nbexport policy show --preset export analysis.ipynb",
                "  nbexport policy init --preset export    write ./.nbexport.yaml");
        Specs.add(spec, Specs.help());
        spec.addSubcommand("show", new CommandLine(new Show(io).spec));
        spec.addSubcommand("init", new CommandLine(new Init(io).spec));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        throw new UsageException("a policy command is required (show, init)");
    }

    static final class Show implements Callable<Integer> {

        private final PositionalParamSpec path = Specs.positional(Path.class, "0..1", "PATH", "A notebook, directory or bundle.")
                .initialValue(Path.of("")).build();
        private final CommandSpec spec;
        private final PolicyOptions policy;
        private final Io io;

        Show(Io io) {
            this.io = io;
            spec = Specs.command(this, "show",
                    "Print the policy that applies to PATH (default: the current directory) as YAML.",
                    "Each value says where it came from: the preset, the project file, or a flag (strip's, as named there).",
                    "For a bundle (export.tar.gz), the policy verify reads it under: the export preset by default.");
            Specs.exitCodes(spec);
            policy = new PolicyOptions(spec);
            Specs.add(spec, Specs.help(), path);
        }

        @Override
        public Integer call() {
            Problems problems = new Problems(io.err(), false);
            Path target = Specs.value(path);
            ExplainedPolicy explained;
            if (Nbexport.isBundle(target)) {
                // As verify judges a bundle: under export by default, and refused as it refuses it.
                PolicyResolver resolver = policy.resolver(Preset.EXPORT, problems);
                BundlePolicy.forGate(resolver, target);
                explained = forBundles(resolver.explain(target));
            } else {
                // As verify judges it: under --preset export, refused as a bundle refuses it.
                PolicyResolver resolver = policy.resolver(Preset.NBSTRIPOUT, problems);
                BundlePolicy.forVerify(resolver, List.of(target), BundlePolicy.Loosening.COMMAND_LINE);
                explained = resolver.explain(target);
            }
            io.out().print(PolicyYaml.render(explained, file -> Printable.escape(WorkingDirectoryPaths.shown(file))));
            io.out().flush();
            return problems.exitCode();
        }

        /** Says of a preset nobody chose that it is the default for bundles, not the one for notebooks. */
        private static ExplainedPolicy forBundles(ExplainedPolicy explained) {
            Map<String, String> origins = new HashMap<>(explained.origins());
            origins.replace("preset", "default", "default for bundles");
            return new ExplainedPolicy(explained.policy(), explained.file(), origins);
        }
    }

    static final class Init implements Callable<Integer> {

        private final OptionSpec preset = Specs.option(Preset.class, "NAME",
                "The preset the file starts from: nbstripout (default) or export.", "--preset")
                .converters(new PolicyOptions.PresetConverter()).initialValue(Preset.NBSTRIPOUT).build();
        private final OptionSpec force = Specs.flag("Replace an existing file.", "-f", "--force");
        private final PositionalParamSpec directory = Specs.positional(Path.class, "0..1", "DIR",
                "Where to write the file.").initialValue(Path.of("")).build();
        private final CommandSpec spec;
        private final Io io;

        Init(Io io) {
            this.io = io;
            spec = Specs.command(this, "init",
                    "Write a commented " + PolicyFile.FILE_NAME + " into DIR (default: the current directory).");
            Specs.exitCodes(spec);
            Specs.add(spec, preset, force, Specs.help(), directory);
        }

        @Override
        public Integer call() throws IOException {
            Path file = Specs.<Path>value(directory).resolve(PolicyFile.FILE_NAME);
            String text;
            try (InputStream in = PolicyCommand.class.getResourceAsStream("policy-template.yaml")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PRESET", Specs.<Preset>value(preset).id());
            }
            Problems problems = new Problems(io.err(), false);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                if (Specs.isSet(force)) {
                    Files.writeString(file, text);
                } else {
                    Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (java.nio.file.FileAlreadyExistsException e) {
                io.err().println(Problems.line(file + ": already exists (use --force to replace it)"));
                return ExitCode.USAGE;
            } catch (IOException e) {
                problems.cannotWrite(file.toString(), e);
                return problems.exitCode();
            }
            problems.note("wrote " + file);
            return ExitCode.OK;
        }
    }
}
