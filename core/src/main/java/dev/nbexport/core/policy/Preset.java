package dev.nbexport.core.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The named starting points of a {@link Policy}. */
public enum Preset {

    /**
     * What nbstripout 0.9 does by default: outputs and execution counts go, a fixed list of
     * metadata keys goes, and {@code keep_output} / {@code init_cell} written in the notebook are
     * honoured. The default for commits.
     */
    NBSTRIPOUT {
        @Override
        public Policy policy() {
            return new Policy(id(), false, false, false, true, false, false, List.of(), 0, Set.of(), Set.of(),
                    NBSTRIPOUT_KEYS, Optional.empty(), Optional.empty(), Map.of(), false, false, false, false,
                    VerifySettings.DEFAULTS);
        }
    },

    /**
     * Strict, for leaving a customer site: everything {@link #NBSTRIPOUT} removes, plus cell
     * attachments, {@code data:} URIs in markdown and raw cells, all metadata except a short
     * allow-list, keys the notebook format does not define, and the cells papermill injects its
     * parameters into. Opt-outs written inside the
     * notebook are ignored; pasted tables and very long lines are errors.
     */
    EXPORT {
        @Override
        public Policy policy() {
            return new Policy(id(), false, false, false, false, false, false, EXPORT_DROPPED_TAGS, 0, Set.of(), Set.of(),
                    NBSTRIPOUT_KEYS, Optional.of(EXPORT_CELL_METADATA), Optional.of(EXPORT_NOTEBOOK_METADATA),
                    EXPORT_SHAPES, true, true, true, false, EXPORT_VERIFY);
        }
    };

    /**
     * Leaving a site, a pasted table or a line of thousands of characters is treated as the data it
     * usually is: an error, not a warning (a project's .nbexport.yaml can set them back for strip and
     * verify; a bundle takes that only from its command line).
     */
    private static final VerifySettings EXPORT_VERIFY = new VerifySettings(
            Map.of("inline-table", "error", "long-literal", "error"), Map.of());

    /**
     * Papermill writes the values a notebook was run with into a cell of this tag: run-time input,
     * not code (the code's defaults stay in the cell tagged {@code parameters}), and often a record
     * of the customer a report was made for.
     */
    private static final List<String> EXPORT_DROPPED_TAGS = List.of("injected-parameters");

    private static final List<KeyPath> NBSTRIPOUT_KEYS = keys(
            "metadata.signature", "metadata.widgets",
            "cell.metadata.collapsed", "cell.metadata.ExecuteTime", "cell.metadata.execution",
            "cell.metadata.heading_collapsed", "cell.metadata.hidden", "cell.metadata.scrolled");

    private static final List<KeyPath> EXPORT_CELL_METADATA = keys(
            "cell.metadata.tags", "cell.metadata.slideshow", "cell.metadata.editable", "cell.metadata.deletable",
            "cell.metadata.jupyter.source_hidden", "cell.metadata.jupyter.outputs_hidden");

    private static final List<KeyPath> EXPORT_NOTEBOOK_METADATA = keys("metadata.kernelspec", "metadata.language_info.name");

    /** A tag as nbformat has it (no comma), and short: tags name cells, they do not hold text. */
    private static final Shape TAG = new Shape.Text(Pattern.compile("[^,\\p{Cntrl}]{1,64}"));
    /** Tags name a cell's role (parameters, hide-input, a slide's part): a few are plenty, thousands are a table. */
    private static final int MAX_TAGS = 32;

    /** The slide types of Jupyter's slideshow tools (nbconvert, RISE). */
    private static final Shape SLIDE_TYPE = new Shape.Text(Pattern.compile("slide|subslide|fragment|skip|notes|-"));

    /**
     * The display names Jupyter's common kernels give themselves ({@code Python 3 (ipykernel)},
     * {@code R}, {@code Julia 1.9.3}, ...). Any other, such as a conda environment's name that may
     * carry a customer's, gives way to the kernel's name.
     */
    private static final Pattern WELL_KNOWN_KERNEL = Pattern.compile("(?:Python|IPython|R|Julia|Octave|Scala|Java|Kotlin"
            + "|Rust|Go|Bash|C|C\\+\\+|C#|F#|JavaScript|JavaScript \\(Node\\.js\\)|TypeScript|Deno|Ruby|Perl|Lua|Haskell"
            + "|SQL|MATLAB|SageMath|Wolfram Language|Dyalog APL|PySpark|Spark|Groovy|Clojure|Xonsh|PowerShell"
            + "|\\.NET \\((?:C#|F#|PowerShell)\\))(?: [0-9][0-9A-Za-z.+-]{0,15})?(?: \\((?:ipykernel|Pyodide|XPython|xeus-cling)\\))?");

    /** What nbformat and Jupyter put under each key the export allow-lists keep: flags, tags, names. */
    private static final Map<KeyPath, Shape> EXPORT_SHAPES = Map.of(
            KeyPath.parse("cell.metadata.tags"), new Shape.ListOf(TAG, MAX_TAGS),
            KeyPath.parse("cell.metadata.slideshow"), new Shape.Fields(Map.of("slide_type", SLIDE_TYPE)),
            KeyPath.parse("cell.metadata.editable"), Shape.FLAG,
            KeyPath.parse("cell.metadata.deletable"), Shape.FLAG,
            KeyPath.parse("cell.metadata.jupyter.source_hidden"), Shape.FLAG,
            KeyPath.parse("cell.metadata.jupyter.outputs_hidden"), Shape.FLAG,
            KeyPath.parse("metadata.kernelspec"), new Shape.Fields(Map.of("name", Shape.LABEL, "language", Shape.LABEL,
                    "display_name", new Shape.WellKnownOr(WELL_KNOWN_KERNEL, "name"))),
            KeyPath.parse("metadata.language_info.name"), Shape.LABEL);

    private static List<KeyPath> keys(String... dotted) {
        return Stream.of(dotted).map(KeyPath::parse).toList();
    }

    /** The base policy of this preset. */
    public abstract Policy policy();

    /** The name used in flags and project files: {@code nbstripout}, {@code export}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Preset byId(String id) {
        for (Preset preset : values()) {
            if (preset.id().equals(id)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + id + "' (known: nbstripout, export)");
    }
}
