package dev.nbexport.core.bundle;

import dev.nbexport.core.io.ExpansionCounter;
import dev.nbexport.core.verify.Rule;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Enforces {@link ArchiveLimits} on the bytes a bundle actually expands to, as they are read: every
 * byte that comes out of a decompressor (entry data, headers, padding, whatever follows the end)
 * passes through {@link #meter}, all counted by one {@link ExpansionCounter}; header values are
 * never trusted. The first breach records an {@code archive-bomb} finding and stops the reading.
 */
final class ExpansionBudget {

    private final ArchiveLimits limits;
    private final BundleFindings findings;
    private final ExpansionCounter counter;
    private boolean stopped;

    ExpansionBudget(ArchiveLimits limits, BundleFindings findings) {
        this.limits = limits;
        this.findings = findings;
        this.counter = new ExpansionCounter(limits.maxTotalBytes(), limits.maxRatio(), limits.ratioFloor());
    }

    ArchiveLimits limits() {
        return limits;
    }

    /** Whether a limit was breached; readers check it when a library wrapped {@link ReadingStopped}. */
    boolean stopped() {
        return stopped;
    }

    /** Rethrows as {@link ReadingStopped} when the budget stopped the reading, whatever {@code e} is. */
    void rethrowIfStopped(Exception e) throws ReadingStopped {
        if (stopped || e instanceof ReadingStopped) {
            throw new ReadingStopped();
        }
    }

    /**
     * {@code decompressed}, counted against the total and the ratio to {@code compressed}, the
     * archive bytes consumed so far.
     */
    InputStream meter(InputStream decompressed, LongSupplier compressed) {
        return counter.meter(decompressed, compressed, breach -> stop(null, switch (breach) {
            case BYTES -> "expands beyond " + limits.maxTotalBytes() + " bytes in all";
            case RATIO -> "expands more than " + limits.maxRatio() + " times its compressed size";
        }));
    }

    /** Checks one entry's size so far. */
    void checkEntry(String name, long entryBytes) throws ReadingStopped {
        if (entryBytes > limits.maxEntryBytes()) {
            stop(name, "expands beyond " + limits.maxEntryBytes() + " bytes");
        }
    }

    /** Checks the count of entries seen so far. */
    void checkEntries(long entries) throws ReadingStopped {
        if (entries > limits.maxEntries()) {
            stop(null, "more than " + limits.maxEntries() + " entries");
        }
    }

    /** Stops a tar whose headers or end take more than {@code max} bytes. */
    void stopMetadata(long max) throws ReadingStopped {
        stop(null, "more than " + max + " bytes outside the entries' content (headers, extended headers, end padding)");
    }

    private void stop(String entry, String message) throws ReadingStopped {
        if (!stopped) {
            stopped = true;
            if (entry == null) {
                findings.archive(Rule.ARCHIVE_BOMB, message);
            } else {
                findings.entry(Rule.ARCHIVE_BOMB, entry, message);
            }
        }
        throw new ReadingStopped();
    }
}
