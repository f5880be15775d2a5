package dev.nbexport.cli;

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
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that shape the policy, shared by {@code strip} and {@code verify} so that a file is
 * verified under exactly the policy it was stripped with. Names and meanings are nbstripout's;
 * list values may be repeated or given space-separated, as nbstripout takes them.
 */
final class PolicyOptions {

    @Option(names = "--preset", paramLabel = "NAME", converter = PresetConverter.class,
            description = "Start from this preset: nbstripout or export (default: export for bundles, nbstripout otherwise).")
    Preset preset;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Use this policy file instead of the nearest .nbexport.yaml.")
    Path policyFile;

    @Option(names = "--keep-output", description = "Do not strip outputs.")
    boolean keepOutput;

    @Option(names = "--keep-count", description = "Do not strip execution counts.")
    boolean keepCount;

    @Option(names = "--keep-id", description = "Keep cell ids instead of renumbering them \"0\", \"1\", ...")
    boolean keepId;

    @Option(names = "--extra-keys", paramLabel = "KEYS",
            description = "Also remove these metadata keys, e.g. 'metadata.foo cell.metadata.bar'.")
    List<String> extraKeys = new ArrayList<>();

    @Option(names = "--keep-metadata-keys", paramLabel = "KEYS",
            description = "Keep these metadata keys even if the preset removes them.")
    List<String> keepMetadataKeys = new ArrayList<>();

    @Option(names = "--drop-empty-cells", description = "Remove cells whose source is empty or only white space.")
    boolean dropEmptyCells;

    @Option(names = "--drop-tagged-cells", paramLabel = "TAGS", description = "Remove cells carrying any of these tags.")
    List<String> dropTaggedCells = new ArrayList<>();

    @Option(names = "--strip-init-cells", description = "Strip outputs of init_cell cells too.")
    boolean stripInitCells;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Keep outputs of at most SIZE characters (suffixes k, M, G); 0 keeps none.")
    Long maxSize;

    @Option(names = "--keep-output-type", paramLabel = "TYPES",
            description = "Keep outputs of these types, e.g. 'stream:stdout display_data'.")
    List<String> keepOutputTypes = new ArrayList<>();

    @Option(names = "--drop-output-type", paramLabel = "TYPES",
            description = "Drop outputs of these types even where outputs are kept, e.g. stream:stderr.")
    List<String> dropOutputTypes = new ArrayList<>();

    @Option(names = "--unix-newlines", description = "Write LF line endings even when the input uses CRLF.")
    boolean unixNewlines;

    /**
     * Resolves policies per notebook: preset, then the project file, then these flags. Key paths
     * that name neither {@code metadata.} nor {@code cell.} are ignored with a warning, as
     * nbstripout does.
     */
    PolicyResolver resolver(Preset defaultPreset, Problems problems) {
        List<KeyPath> extra = keyPaths(extraKeys, "extra key", problems);
        List<KeyPath> kept = keyPaths(keepMetadataKeys, "metadata key to keep", problems);
        List<String> tags = words(dropTaggedCells, Function.identity());
        List<OutputType> keepTypes = words(keepOutputTypes, OutputType::parse);
        List<OutputType> dropTypes = words(dropOutputTypes, OutputType::parse);
        return new PolicyResolver(Optional.ofNullable(preset), Optional.ofNullable(policyFile), builder -> {
            apply(builder);
            builder.extraKeys(extra).keepMetadataKeys(kept).dropTaggedCells(tags)
                    .keepOutputTypes(keepTypes).dropOutputTypes(dropTypes);
        }, defaultPreset);
    }

    private void apply(Policy.Builder builder) {
        if (keepOutput) {
            builder.keepOutput(true);
        }
        if (keepCount) {
            builder.keepCount(true);
        }
        if (keepId) {
            builder.keepId(true);
        }
        if (dropEmptyCells) {
            builder.dropEmptyCells(true);
        }
        if (stripInitCells) {
            builder.stripInitCells(true);
        }
        if (unixNewlines) {
            builder.unixNewlines(true);
        }
        if (maxSize != null) {
            builder.maxSize(maxSize);
        }
    }

    private static List<KeyPath> keyPaths(List<String> values, String what, Problems problems) {
        List<KeyPath> result = new ArrayList<>();
        for (String word : words(values, Function.identity())) {
            try {
                result.add(KeyPath.parse(word));
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
