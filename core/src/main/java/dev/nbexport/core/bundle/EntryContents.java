package dev.nbexport.core.bundle;

import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.NotebookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads each regular entry of a bundle once: spools it to a private directory (one entry at a time,
 * so memory stays bounded whatever the bundle holds), hashes it, verifies it with the notebook or
 * file rules under the name {@code archive!entry}, and remembers its size and SHA-256 for the
 * manifest check. The manifest itself is kept aside, not verified as content.
 */
final class EntryContents {

    /** Size and SHA-256 of an entry as read. */
    record Read(long size, String sha256) {
    }

    private final Path spool;
    private final ExpansionBudget budget;
    private final BundleFindings findings;
    private final NotebookVerifier notebooks;
    private final FileVerifier files;
    private final Map<String, Read> read = new LinkedHashMap<>();
    private final Set<String> refused = new HashSet<>();
    private Path manifest;
    private int verified;

    EntryContents(Policy policy, Path spool, ExpansionBudget budget, BundleFindings findings) {
        this.spool = spool;
        this.budget = budget;
        this.findings = findings;
        this.notebooks = new NotebookVerifier(policy);
        this.files = new FileVerifier(policy);
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
        Path file = spool.resolve("entry");
        MessageDigest digest = sha256();
        long size = 0;
        OutputStream out = own(() -> Files.newOutputStream(file));
        try {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                budget.checkEntry(name, size);
                digest.update(buffer, 0, n);
                int length = n;
                own(() -> {
                    out.write(buffer, 0, length);
                    return null;
                });
            }
        } finally {
            own(() -> {
                out.close();
                return null;
            });
        }
        read.put(name, new Read(size, HexFormat.of().formatHex(digest.digest())));
        if (name.equals(Manifest.ENTRY_NAME)) {
            manifest = own(() -> Files.move(file, spool.resolve("manifest"), StandardCopyOption.REPLACE_EXISTING));
            return;
        }
        verified++;
        String where = findings.where(name);
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        boolean notebook = NotebookFiles.isNotebookName(fileName);
        findings.addAll(own(() -> notebook
                ? notebooks.verify(NotebookSource.of(file, where))
                : files.verify(file, where, fileName)));
        own(() -> {
            Files.delete(file);
            return null;
        });
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
