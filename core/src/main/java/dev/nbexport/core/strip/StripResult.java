package dev.nbexport.core.strip;

/**
 * A stripped notebook.
 *
 * @param bytes   the notebook as Jupyter would write it
 * @param changed whether {@code bytes} differ from the input
 * @param stats   what was removed
 */
public record StripResult(byte[] bytes, boolean changed, StripStats stats) {

    /**
     * An empty file, as {@code touch} or an editor's new file leaves it: nothing to strip, and left
     * as it is rather than refused, so that a git filter does not stop every git command over it.
     */
    public static final StripResult EMPTY = new StripResult(new byte[0], false, StripStats.NONE);
}
