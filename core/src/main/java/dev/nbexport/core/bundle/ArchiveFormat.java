package dev.nbexport.core.bundle;

import java.util.Locale;
import java.util.Optional;

/** The archive formats a bundle can be written in. */
public enum ArchiveFormat {
    TAR_GZ(".tar.gz"),
    ZIP(".zip"),
    TAR(".tar");

    private final String extension;

    ArchiveFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format a file's name says it is in ({@code .tar.gz}, {@code .tgz}, {@code .tar},
     * {@code .zip}, in any case), or empty when the name is not a bundle's. The verifier itself
     * judges by content; this tells the CLI which paths to verify as bundles.
     */
    public static Optional<ArchiveFormat> ofBundleName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            return Optional.of(TAR_GZ);
        }
        if (lower.endsWith(".tar")) {
            return Optional.of(TAR);
        }
        if (lower.endsWith(".zip")) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }

    /** {@code tar.gz}, {@code tgz}, {@code zip} or {@code tar}. */
    public static ArchiveFormat byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tar.gz", "tgz" -> TAR_GZ;
            case "zip" -> ZIP;
            case "tar" -> TAR;
            default -> throw new IllegalArgumentException("unknown archive format '" + name + "' (tar.gz, zip, tar)");
        };
    }
}
