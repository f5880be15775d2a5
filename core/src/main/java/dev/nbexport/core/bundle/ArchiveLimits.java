package dev.nbexport.core.bundle;

/**
 * How far a hostile archive may expand before reading stops. Measured on the bytes actually
 * produced while reading, never taken from the archive's headers.
 *
 * @param maxEntries    most entries
 * @param maxEntryBytes largest single entry, uncompressed
 * @param maxTotalBytes all entries together, uncompressed
 * @param maxRatio      uncompressed bytes per compressed byte, checked once past {@code ratioFloor}
 * @param ratioFloor    uncompressed bytes below which the ratio is not judged
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFloor) {

    public ArchiveLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFloor < 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    public static final ArchiveLimits DEFAULTS =
            new ArchiveLimits(100_000, 1L << 30, 8L << 30, 200, 16L << 20);
}
