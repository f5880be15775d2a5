package dev.nbexport.core.bundle;

import java.util.Locale;

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

    /** The format an output name asks for ({@code .tgz} too); {@link #TAR_GZ} when it names none. */
    public static ArchiveFormat forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return ZIP;
        }
        if (lower.endsWith(".tar")) {
            return TAR;
        }
        return TAR_GZ;
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
