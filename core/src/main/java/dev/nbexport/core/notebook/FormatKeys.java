package dev.nbexport.core.notebook;

import java.util.Set;

/** The keys the notebook format defines (nbformat 2 to 4); anything else is unknown content. */
public final class FormatKeys {

    public static final Set<String> TOP_LEVEL = Set.of("cells", "worksheets", "metadata", "nbformat", "nbformat_minor");

    /** nbformat 2 and 3: what a worksheet holds. */
    public static final Set<String> WORKSHEET = Set.of("cells", "metadata");

    public static final Set<String> CELL = Set.of("cell_type", "id", "metadata", "source", "outputs",
            "execution_count", "attachments", "input", "prompt_number", "language", "collapsed", "level", "rendered");

    /**
     * The keys of {@link #CELL} that nbformat defines for code cells alone: on a cell of one of
     * {@link #TEXT_CELL_TYPES} they are unknown content (some tools write {@code "outputs": []} there).
     */
    public static final Set<String> CODE_CELL_ONLY = Set.of("outputs", "execution_count", "input", "prompt_number",
            "language", "collapsed");

    /** The cell types that hold text rather than code: markdown, raw and nbformat 3's heading. */
    public static final Set<String> TEXT_CELL_TYPES = Set.of("markdown", "raw", "heading");

    private FormatKeys() {
    }
}
