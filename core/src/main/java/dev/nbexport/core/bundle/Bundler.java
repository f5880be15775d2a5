package dev.nbexport.core.bundle;

import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.strip.NotebookStripper;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.NotebookVerifier;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Builds an export bundle: selects files, strips notebooks in memory (the originals are never
 * touched), verifies every entry, and only when nothing is an error writes a deterministic archive
 * with its manifest, atomically, and a {@code .sha256} file beside it.
 */
public final class Bundler {

    /** The archive time when {@code SOURCE_DATE_EPOCH} is not set. */
    public static final Instant DEFAULT_TIME = Instant.parse("2000-01-01T00:00:00Z");

    private final Policy policy;
    private final ArchiveFormat format;
    private final Instant time;
    private final NotebookStripper stripper;

    public Bundler(Policy policy, ArchiveFormat format, Instant time) {
        this.policy = policy;
        this.format = format;
        this.time = time;
        this.stripper = new NotebookStripper(policy);
    }

    /** The time from {@code SOURCE_DATE_EPOCH} (seconds), or {@link #DEFAULT_TIME}. */
    public static Instant timeFrom(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return DEFAULT_TIME;
        }
        return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
    }

    public BundleResult bundle(Path root, List<String> excludes, Path output) throws IOException {
        return bundle(root, excludes, output, BundleListener.NONE);
    }

    /** Bundles {@code root} into {@code output}, telling {@code listener} how it advances. */
    public BundleResult bundle(Path root, List<String> excludes, Path output, BundleListener listener) throws IOException {
        Selection selection = new Selector(root, excludes).select();
        listener.selected(selection);
        List<Finding> findings = new ArrayList<>();
        List<Manifest.Entry> entries = new ArrayList<>();
        for (Selection.Included file : selection.included()) {
            entries.add(check(file, findings));
            listener.checked(file);
        }
        VerifyReport report = new VerifyReport(selection.included().size(), findings);
        if (report.errors() > 0) {
            return new BundleResult(Optional.empty(), selection, report);
        }
        byte[] manifest = Manifest.write(policy, entries, selection.excluded(), selection.included().size(), report.warnings());
        write(output, selection, entries, manifest);
        return new BundleResult(Optional.of(output), selection, report);
    }

    /** Strips (for notebooks) and verifies one file, returning its manifest entry. */
    private Manifest.Entry check(Selection.Included file, List<Finding> findings) throws IOException {
        if (!file.notebook()) {
            findings.addAll(new FileVerifier(policy).verify(file.file(), file.entryName()));
            return new Manifest.Entry(file.entryName(), Files.size(file.file()), sha256(file.file()), null);
        }
        StripResult stripped;
        try {
            stripped = stripper.strip(NotebookSource.of(file.file()));
        } catch (InvalidNotebookException e) {
            findings.add(new Finding(Rule.UNREADABLE, Severity.ERROR, file.entryName(), e.location().cellIndex(),
                    e.location().cellId(), null, e.location().line(), Files.size(file.file()), null, e.problem()));
            return new Manifest.Entry(file.entryName(), 0, "", null);
        }
        findings.addAll(new NotebookVerifier(policy).verify(NotebookSource.of(file.entryName(), stripped.bytes())));
        return new Manifest.Entry(file.entryName(), stripped.bytes().length, Manifest.sha256(stripped.bytes()),
                stripped.stats());
    }

    private void write(Path output, Selection selection, List<Manifest.Entry> entries, byte[] manifest) throws IOException {
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + output.getFileName() + ".", ".nbexport-tmp");
        try {
            AtomicFiles.makeReadable(temp);
            try (OutputStream out = Files.newOutputStream(temp);
                 ArchiveWriter archive = new ArchiveWriter(out, format, time)) {
                archive.add(Manifest.ENTRY_NAME, manifest);
                for (int i = 0; i < entries.size(); i++) {
                    Selection.Included file = selection.included().get(i);
                    Manifest.Entry entry = entries.get(i);
                    if (file.notebook()) {
                        byte[] bytes = stripper.strip(NotebookSource.of(file.file())).bytes();
                        requireUnchanged(entry, Manifest.sha256(bytes));
                        archive.add(entry.path(), bytes);
                    } else {
                        archive.add(entry.path(), file.file());
                        requireUnchanged(entry, sha256(file.file()));
                    }
                }
            }
            String checksum = sha256(temp) + "  " + output.getFileName() + "\n";
            move(temp, output);
            Path checksumFile = output.resolveSibling(output.getFileName() + ".sha256");
            AtomicFiles.writeIfDifferent(checksumFile, checksum.getBytes(StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A file that changed between verification and writing must not slip into the archive unverified. */
    private static void requireUnchanged(Manifest.Entry entry, String sha256) throws IOException {
        if (!entry.sha256().equals(sha256)) {
            throw new IOException(entry.path() + ": changed while the bundle was written; nothing was written");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
