package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Where {@code nbexport git install|uninstall|status} look: which git configuration, which attributes file. */
final class GitLocationOptions {

    private final OptionSpec global = Specs.flag("The user's git configuration (~/.gitconfig), for every repository.", "--global");
    private final OptionSpec system = Specs.flag("The machine's git configuration (/etc/gitconfig), for every user.", "--system");
    private final OptionSpec attributes = Specs.option(Path.class, "FILE", "The attributes file to use.", "--attributes")
            .description("The attributes file to use.", "By default the repository's info/attributes.",
                    "With --global: the file core.attributesFile names;", "if unset, ~/.config/git/attributes.",
                    "With --system: /etc/gitattributes.")
            .build();
    private final OptionSpec directory = Specs.option(Path.class, "DIR", "Run as if started in DIR, like git -C.", "-C").build();

    /** Adds these options to {@code command}: --global and --system exclude each other. */
    GitLocationOptions(CommandSpec command) {
        command.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1").addArg(global).addArg(system).build());
        Specs.add(command, attributes, directory);
    }

    GitScope scope() {
        if (Specs.isSet(global)) {
            return GitScope.GLOBAL;
        }
        if (Specs.isSet(system)) {
            return GitScope.SYSTEM;
        }
        return GitScope.LOCAL;
    }

    GitRunner git() {
        Path start = Specs.value(directory);
        return new GitRunner(start == null ? Path.of("").toAbsolutePath() : start.toAbsolutePath());
    }

    /** The setup at these options; in the repository scope, outside a repository, a usage error. */
    GitSetup setup() throws IOException {
        GitRunner git = git();
        Map<String, String> environment = System.getenv();
        Path named = Specs.value(attributes);
        Path file = named != null
                ? git.directory().resolve(named)
                : GitSetup.defaultAttributesFile(git, scope(), environment);
        return new GitSetup(git, scope(), new GitAttributesFile(file), environment);
    }
}
