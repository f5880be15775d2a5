package dev.nbexport.core.strip;

/**
 * A stripped notebook.
 *
 * @param bytes   the notebook as Jupyter would write it
 * @param changed whether {@code bytes} differ from the input
 * @param stats   what was removed
 */
public record StripResult(byte[] bytes, boolean changed, StripStats stats) {
}
