package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.BlankSources;
import dev.nbexport.core.notebook.NotebookSource;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stripped notebook.
 *
 * @param bytes   the notebook as Jupyter would write it
 * @param changed whether {@code bytes} differ from the input
 * @param stats   what was removed
 */
public record StripResult(byte[] bytes, boolean changed, StripStats stats) {

    /**
     * A file that holds nothing, empty or white space alone ({@link BlankSources}), as {@code touch} or
     * an editor's new file leaves it: nothing to strip, and left as it is rather than refused, so
     * that a git filter does not stop every git command over it.
     */
    public static StripResult blank(NotebookSource source) throws IOException {
        try (InputStream in = source.open()) {
            return new StripResult(in.readAllBytes(), false, StripStats.NONE);
        }
    }
}
