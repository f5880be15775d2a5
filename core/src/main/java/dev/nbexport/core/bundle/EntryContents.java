package dev.nbexport.core.bundle;

import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads each regular entry of a bundle once: holds it, hashes it, holds it to the
 * {@link IncludeRule}, verifies it with the notebook or file rules under the name {@code archive!entry}, and remembers its size
 * and SHA-256 for the manifest check. The manifest itself is kept aside, not verified as content.
 *
 * <p>An entry is held in memory, or spooled when it is large ({@link EntryBuffer}). Entries are
 * verified on other threads (as many as the caller gives) while the archive is read on; reading
 * waits whenever the entries read but not yet verified pass {@value #PENDING_BYTES} bytes, so disk
 * and memory stay bounded whatever the bundle holds. {@link #close} must follow.
 */
final class EntryContents implements AutoCloseable {

    /** The most bytes of entries read and waiting to be verified before reading waits. */
    private static final long PENDING_BYTES = 16L << 20;

    /** Size and SHA-256 of an entry as read. */
    record Read(long size, String sha256) {
    }

    private final Path spool;
    private final ExpansionBudget budget;
    private final BundleFindings findings;
    private final EntryRules rules;
    private final Map<String, Read> read = new LinkedHashMap<>();
    private final Set<String> refused = new HashSet<>();
    private final ExecutorService verifiers;
    /** Entries being verified, oldest first, with their sizes. */
    private final Deque<Future<List<Finding>>> pending = new ArrayDeque<>();
    private final Deque<Long> pendingSizes = new ArrayDeque<>();
    private long pendingBytes;
    private long spooled;
    private Path manifest;
    private int verified;

    EntryContents(EntryRules rules, Path spool, ExpansionBudget budget, BundleFindings findings, int threads) {
        this.spool = spool;
        this.budget = budget;
        this.findings = findings;
        this.rules = rules;
        this.verifiers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "nbexport-verifier");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A failure of the verifier's own work (the spool, the rules), not of the archive: readers let it
     * through instead of calling the archive unreadable, and {@link BundleVerifier} throws its cause.
     */
    static final class OwnFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OwnFailure(Exception cause) {
            super(cause);
        }
    }

    /**
     * Reads, records and verifies one entry whose name was accepted. An {@link IOException} comes
     * from the archive; an {@link OwnFailure} from the spool or the rules.
     */
    void read(String name, InputStream content) throws IOException {
        EntryBuffer entry = new EntryBuffer(spool.resolve("entry-" + spooled++));
        MessageDigest digest = sha256();
        long size = 0;
        byte[] contentInMemory;
        try {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                budget.checkEntry(name, size);
                digest.update(buffer, 0, n);
                int length = n;
                own(() -> {
                    entry.write(buffer, 0, length);
                    return null;
                });
            }
            contentInMemory = own(entry::finish);
        } catch (Throwable e) {
            try {
                entry.abandon();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        read.put(name, new Read(size, sha256));
        Path file = entry.spill();
        if (name.equals(Manifest.ENTRY_NAME)) {
            manifest = spool.resolve("manifest");
            own(() -> contentInMemory != null ? Files.write(manifest, contentInMemory)
                    : Files.move(file, manifest, StandardCopyOption.REPLACE_EXISTING));
            return;
        }
        byte[] head = contentInMemory != null ? Arrays.copyOf(contentInMemory, Math.min(contentInMemory.length, IncludeRule.HEAD))
                : own(() -> head(file));
        // Data, archives and binaries by kind are the content rules' findings; the rest is this rule's.
        Optional<IncludeRule.Left> left = IncludeRule.reasonToLeave(name, head).filter(reason -> !reason.byKind());
        if (left.isPresent()) {
            findings.entry(Rule.ARCHIVE_NOT_INCLUDED, name, size, sha256.substring(0, 8),
                    "a bundle would leave it home: " + left.get().reason());
        }
        verified++;
        String where = findings.where(name);
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        Future<List<Finding>> findingsOfEntry = verifiers.submit(() -> own(() -> {
            List<Finding> found = rules.verify(where, fileName, contentInMemory, file);
            if (contentInMemory == null) {
                Files.delete(file);
            }
            return found;
        }));
        findings.addAll(findingsOfEntry);
        pending.add(findingsOfEntry);
        pendingSizes.add(size);
        pendingBytes += size;
        // Entries verified already let their failure, if any, stop reading at once.
        while (!pending.isEmpty() && (pending.peek().isDone() || pendingBytes > PENDING_BYTES)) {
            awaitOldest();
        }
    }

    /**
     * Waits until every entry read has been verified.
     *
     * @throws OwnFailure the first failure of the verification itself, in archive order
     */
    void awaitVerified() {
        while (!pending.isEmpty()) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        pendingBytes -= pendingSizes.remove();
        try {
            pending.remove().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof OwnFailure own ? own : new OwnFailure(new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OwnFailure(new InterruptedIOException("interrupted while verifying entries"));
        }
    }

    /** Stops verifying (what was not verified after a failure is dropped) and waits until no entry is read any more. */
    @Override
    public void close() {
        verifiers.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (verifiers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private static <T> T own(Work<T> work) {
        try {
            return work.run();
        } catch (IOException | RuntimeException e) {
            throw new OwnFailure(e);
        }
    }

    /**
     * Remembers an entry that is in the archive but was not read (a link, a special file, an
     * unsafe or colliding name): its own finding says why, so the manifest check does not call
     * it missing.
     */
    void refuse(String name) {
        refused.add(name);
    }

    Set<String> refused() {
        return refused;
    }

    /** Every regular entry read, in archive order, manifest included. */
    Map<String, Read> entries() {
        return read;
    }

    /** The spooled manifest, when the bundle has one. */
    Optional<Path> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** The count of entries verified as content (the manifest is not one). */
    int verified() {
        return verified;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(IncludeRule.HEAD);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
