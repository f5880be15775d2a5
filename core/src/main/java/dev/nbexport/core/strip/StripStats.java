package dev.nbexport.core.strip;

/**
 * What one strip removed, for reports and manifests.
 *
 * @param outputs       outputs removed
 * @param images        of those, outputs carrying an image (PNG, JPEG, GIF, SVG, ...)
 * @param attachments   cell attachments removed
 * @param dataUris      {@code data:} URIs replaced in markdown and raw cells
 * @param cells         cells dropped (empty or tagged)
 * @param metadataKeys  metadata keys removed from the notebook and its cells
 * @param bytesRemoved  input size minus output size (never negative)
 */
public record StripStats(int outputs, int images, int attachments, int dataUris, int cells, int metadataKeys,
                         long bytesRemoved) {

    public static final StripStats NONE = new StripStats(0, 0, 0, 0, 0, 0, 0);

    public StripStats plus(StripStats other) {
        return new StripStats(outputs + other.outputs, images + other.images, attachments + other.attachments,
                dataUris + other.dataUris, cells + other.cells, metadataKeys + other.metadataKeys,
                bytesRemoved + other.bytesRemoved);
    }
}
