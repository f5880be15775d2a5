package dev.nbexport.core.notebook;

import java.util.List;

/**
 * What marks an output as carrying an image: an {@code image/*} entry in its {@code data}
 * (nbformat 4), or a {@code png}, {@code jpeg} or {@code svg} key of its own (nbformat 3).
 */
public final class ImageOutputs {

    /** The start of an image's MIME type, a key of an nbformat 4 output's {@code data}. */
    static final String MIME_PREFIX = "image/";
    /** An nbformat 3 output's keys for an image. */
    static final List<String> NBFORMAT3_KEYS = List.of("png", "jpeg", "svg");

    private ImageOutputs() {
    }

    /** Whether a key of an output's {@code data} is an image's MIME type. */
    public static boolean isImageType(String dataKey) {
        return dataKey.startsWith(MIME_PREFIX);
    }

    /** Whether a key of an output itself holds an image (nbformat 3). */
    public static boolean isImageKey(String outputKey) {
        return NBFORMAT3_KEYS.contains(outputKey);
    }
}
