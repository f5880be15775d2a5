package dev.nbexport.core.notebook;

import java.util.Set;

/** The keys the notebook format defines (nbformat 2 to 4); anything else is unknown content. */
public final class FormatKeys {

    public static final Set<String> TOP_LEVEL = Set.of("cells", "worksheets", "metadata", "nbformat", "nbformat_minor");

    /** nbformat 2 and 3: what a worksheet holds. */
    public static final Set<String> WORKSHEET = Set.of("cells", "metadata");

    public static final Set<String> CELL = Set.of("cell_type", "id", "metadata", "source", "outputs",
            "execution_count", "attachments", "input", "prompt_number", "language", "collapsed", "level", "rendered");

    private FormatKeys() {
    }
}
