package dev.nbexport.cli;

import static dev.nbexport.cli.Specs.flag;
import static dev.nbexport.cli.Specs.isSet;
import static dev.nbexport.cli.Specs.repeatable;
import static dev.nbexport.cli.Specs.value;
import static dev.nbexport.cli.Specs.values;

import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.OutputType;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that shape the policy, shared by {@code strip} and {@code verify} so that a file is
 * verified under exactly the policy it was stripped with. Names and meanings are nbstripout's;
 * list values may be repeated or given space-separated, as nbstripout takes them.
 */
final class PolicyOptions {

    private final OptionSpec preset = Specs.option(Preset.class, new PresetConverter(), "NAME",
            "Start from this preset: nbstripout or export (default: export for bundles, nbstripout otherwise).", "--preset");
    private final OptionSpec policyFile = Specs.option(Path.class, "FILE",
            "Use this policy file, not .nbexport.yaml.", "--policy").build();
    private final OptionSpec keepOutput = flag("Do not strip outputs.", "--keep-output");
    private final OptionSpec keepCount = flag("Do not strip execution counts.", "--keep-count");
    private final OptionSpec keepId = flag("Keep cell ids instead of renumbering them \"0\", \"1\", ...", "--keep-id");
    private final OptionSpec extraKeys = repeatable("KEYS",
            "Also remove these metadata keys, e.g. 'metadata.foo cell.metadata.bar'.", "--extra-keys");
    private final OptionSpec keepMetadataKeys = repeatable("KEYS",
            "Keep these metadata keys even if the preset removes them.", "--keep-metadata-keys");
    private final OptionSpec dropEmptyCells = flag("Remove cells whose source is empty or only white space.", "--drop-empty-cells");
    private final OptionSpec dropTaggedCells = repeatable("TAGS", "Remove cells carrying any of these tags.", "--drop-tagged-cells");
    private final OptionSpec stripInitCells = flag("Strip outputs of init_cell cells too.", "--strip-init-cells");
    private final OptionSpec maxSize = Specs.option(Long.class, new SizeConverter(), "SIZE",
            "Keep outputs of at most SIZE characters (suffixes k, M, G); 0 keeps none.", "--max-size");
    private final OptionSpec keepOutputTypes = repeatable("TYPES",
            "Keep outputs of these types, e.g. 'stream:stdout display_data'.", "--keep-output-type");
    private final OptionSpec dropOutputTypes = repeatable("TYPES",
            "Drop outputs of these types even where outputs are kept, e.g. stream:stderr.", "--drop-output-type");
    private final OptionSpec unixNewlines = flag("Write LF line endings even when the input uses CRLF.", "--unix-newlines");

    /** Adds these options to {@code command}. */
    PolicyOptions(CommandSpec command) {
        Specs.add(command, preset, policyFile, keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, keepOutputTypes, dropOutputTypes, unixNewlines);
    }

    /**
     * Resolves policies per notebook: preset, then the project file, then these flags, with
     * nbstripout's lists in git's configuration added to theirs ({@link NbstripoutGitKeys}). Key
     * paths that name neither {@code metadata.} nor {@code cell.} are ignored with a warning, as
     * nbstripout does; an extra key that every notebook needs ({@code cell.source}) is a usage error.
     */
    PolicyResolver resolver(Preset defaultPreset, Problems problems) {
        List<KeyPath> extra = keyPaths(values(extraKeys), KeyPath::removable, "extra key", problems);
        List<KeyPath> kept = keyPaths(values(keepMetadataKeys), KeyPath::parse, "metadata key to keep", problems);
        List<String> tags = words(values(dropTaggedCells), Function.identity());
        List<OutputType> keepTypes = words(values(keepOutputTypes), OutputType::parse);
        List<OutputType> dropTypes = words(values(dropOutputTypes), OutputType::parse);
        NbstripoutGitKeys git = NbstripoutGitKeys.inWorkingDirectory();
        return new PolicyResolver(Optional.ofNullable(value(preset)), Optional.ofNullable(value(policyFile)), builder -> {
            apply(builder);
            // nbstripout's order: its keys from git and the flags removed, then those to keep kept.
            if (underNbstripoutPreset(builder)) {
                NbstripoutGitKeys.Keys fromGit = git.keys(problems);
                builder.extraKeys(fromGit.extraKeys()).extraKeys(extra).keepMetadataKeys(fromGit.keepMetadataKeys());
            } else {
                builder.extraKeys(extra);
            }
            builder.keepMetadataKeys(kept).dropTaggedCells(tags).keepOutputTypes(keepTypes).dropOutputTypes(dropTypes);
        }, defaultPreset);
    }

    /**
     * Whether nbstripout's keys in git's configuration apply: under its preset only, as they may keep
     * keys; what the export preset lets through is loosened by the command line alone.
     */
    private static boolean underNbstripoutPreset(Policy.Builder builder) {
        return builder.preset().equals(Preset.NBSTRIPOUT.id());
    }

    private void apply(Policy.Builder builder) {
        if (isSet(keepOutput)) {
            builder.keepOutput(true);
        }
        if (isSet(keepCount)) {
            builder.keepCount(true);
        }
        if (isSet(keepId)) {
            builder.keepId(true);
        }
        if (isSet(dropEmptyCells)) {
            builder.dropEmptyCells(true);
        }
        if (isSet(stripInitCells)) {
            builder.stripInitCells(true);
        }
        if (isSet(unixNewlines)) {
            builder.unixNewlines(true);
        }
        Long size = value(maxSize);
        if (size != null) {
            builder.maxSize(size);
        }
    }

    static List<KeyPath> keyPaths(List<String> values, Function<String, KeyPath> parse, String what, Problems problems) {
        List<KeyPath> result = new ArrayList<>();
        for (String word : words(values, Function.identity())) {
            try {
                result.add(parse.apply(word));
            } catch (KeyPath.RequiredKeyException e) {
                throw new UsageException(e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.note("Ignoring invalid " + what + " `" + word + "`");
            }
        }
        return result;
    }

    private static <T> List<T> words(List<String> values, Function<String, T> parse) {
        List<T> result = new ArrayList<>();
        for (String value : values) {
            for (String word : value.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    try {
                        result.add(parse.apply(word));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
            }
        }
        return result;
    }

    static final class PresetConverter implements ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            try {
                return Preset.byId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown preset '" + value + "' (known: nbstripout, export)");
            }
        }
    }

    /**
     * nbstripout's sizes: a whole number, optionally followed by k, M or G (powers of 1000, either
     * case). The number is read as Python's {@code int()} reads it: blanks around it, a sign and
     * underscores between digits are allowed. A negative size keeps no output, like 0.
     */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern PYTHON_INT =
                Pattern.compile("\\s*([+-]?)(\\d+(?:_\\d+)*)\\s*", Pattern.UNICODE_CHARACTER_CLASS);

        @Override
        public Long convert(String value) {
            String text = value.toUpperCase(Locale.ROOT);
            long factor = 1;
            char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
            if (last == 'K' || last == 'M' || last == 'G') {
                factor = last == 'K' ? 1_000L : last == 'M' ? 1_000_000L : 1_000_000_000L;
                text = text.substring(0, text.length() - 1);
            } else if (!Character.isDigit(last)) {
                throw notASize(value);
            }
            Matcher number = PYTHON_INT.matcher(text);
            if (!number.matches()) {
                throw notASize(value);
            }
            if (number.group(1).equals("-")) {
                return 0L;
            }
            try {
                return Math.multiplyExact(new BigInteger(number.group(2).replace("_", "")).longValueExact(), factor);
            } catch (ArithmeticException e) {
                throw notASize(value);
            }
        }

        private static TypeConversionException notASize(String value) {
            return new TypeConversionException("'" + value + "' is not a size (a whole number, optionally with k, M or G)");
        }
    }
}
