package dev.nbexport.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.NotebookVerifier;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The gate at the office: reads a bundle (tar, tar.gz or zip) as hostile input, rejects unsafe
 * archives each with its own rule, verifies every entry with the notebook or file rules, and
 * checks the manifest. Entries are spooled to a private temporary directory one at a time, so
 * memory stays bounded whatever the archive holds.
 */
public final class BundleVerifier {

    private final Policy policy;
    private final ArchiveLimits limits;

    public BundleVerifier(Policy policy, ArchiveLimits limits) {
        this.policy = policy;
        this.limits = limits;
    }

    public VerifyReport verify(Path archive) throws IOException {
        Path spool = Files.createTempDirectory("nbexport-verify-");
        Run run = new Run(archive.toString(), spool);
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(archive)) {
                head = in.readNBytes(512);
            }
            if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
                new ZipReading(run, archive, limits).read();
            } else if (startsWith(head, 0x1f, 0x8b)) {
                readTarGz(run, archive);
            } else if (head.length == 512 && new String(head, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar")) {
                try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive))) {
                    CountingStream counted = new CountingStream(raw);
                    readTar(run, counted, counted::count);
                }
            } else {
                run.archiveFinding(Rule.ARCHIVE_FORMAT, "not a tar, tar.gz or zip archive");
            }
            run.checkManifest();
        } catch (Stop stop) {
            // Reading ended at the first sign of a bomb or a broken archive; the finding says why.
        } finally {
            deleteTree(spool);
        }
        return new VerifyReport(run.entriesChecked, run.findings);
    }

    private void readTarGz(Run run, Path archive) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive))) {
            CountingStream counted = new CountingStream(raw);
            // One member only: the library stops after it, and anything left is hidden data.
            GzipCompressorInputStream gzip = new GzipCompressorInputStream(counted, false);
            readTar(run, gzip, counted::count);
            gzip.transferTo(OutputStream.nullOutputStream());
            if (counted.read() >= 0) {
                run.archiveFinding(Rule.ARCHIVE_TRAILING, "bytes after the first gzip member");
            }
        } catch (IOException e) {
            if (e instanceof Stop stop) {
                throw stop;
            }
            run.archiveFinding(Rule.ARCHIVE_FORMAT, "not a readable gzip stream");
        }
    }

    private void readTar(Run run, InputStream in, LongSupplier compressedBytes) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in, "UTF-8");
        try {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isSymbolicLink() || entry.isLink()) {
                    run.entryFinding(Rule.ARCHIVE_LINK, name, "a link");
                } else if (entry.isDirectory()) {
                    run.checkName(name);
                } else if (!entry.isFile() || entry.isSparse()) {
                    run.entryFinding(Rule.ARCHIVE_SPECIAL, name, "a device, FIFO or other special entry");
                } else {
                    run.entry(name, tar, compressedBytes);
                }
            }
        } catch (IOException e) {
            if (e instanceof Stop stop) {
                throw stop;
            }
            run.archiveFinding(Rule.ARCHIVE_FORMAT, "not a readable tar archive");
            return;
        }
        byte[] rest = in.readAllBytes();
        for (byte b : rest) {
            if (b != 0) {
                run.archiveFinding(Rule.ARCHIVE_TRAILING, "data after the tar archive's end");
                break;
            }
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Stops reading the archive; the finding is already recorded. */
    static final class Stop extends IOException {
        Stop() {
            super(null, null);
        }
    }

    /** Counts the compressed bytes a decompressor has consumed. */
    static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** The state of one verification: findings, names seen, what each entry hashed to. */
    final class Run {
        final String archive;
        final Path spool;
        final List<Finding> findings = new ArrayList<>();
        final Map<String, String[]> entries = new LinkedHashMap<>();
        final Set<String> names = new HashSet<>();
        final Map<String, String> collisionKeys = new HashMap<>();
        byte[] manifest;
        int entriesChecked;
        long totalBytes;

        Run(String archive, Path spool) {
            this.archive = archive;
            this.spool = spool;
        }

        void archiveFinding(Rule rule, String message) {
            add(new Finding(rule, Severity.ERROR, archive, -1, null, null, -1, 0, null, message));
        }

        void entryFinding(Rule rule, String name, String message) {
            add(new Finding(rule, Severity.ERROR, archive + "!" + printable(name), -1, null, null, -1, 0, null, message));
        }

        private void add(Finding finding) {
            findings.add(finding);
        }

        /** Whether the name may be used; reports why not. */
        boolean checkName(String name) {
            if (!EntryNames.isPortable(name)) {
                entryFinding(Rule.ARCHIVE_PATH, name, "an unsafe entry name");
                return false;
            }
            String key = EntryNames.collisionKey(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            if (!names.add(name) || collisionKeys.containsKey(key) && !collisionKeys.get(key).equals(name)) {
                entryFinding(Rule.ARCHIVE_DUPLICATE, name, "a second entry with this name, or one equal to it after case folding or normalisation");
                return false;
            }
            collisionKeys.put(key, name);
            return true;
        }

        /** Spools one entry under the limits, verifies it, and remembers its size and hash. */
        void entry(String name, InputStream content, LongSupplier compressedBytes) throws IOException {
            if (!checkName(name)) {
                return;
            }
            if (entries.size() >= limits.maxEntries()) {
                archiveFinding(Rule.ARCHIVE_BOMB, "more than " + limits.maxEntries() + " entries");
                throw new Stop();
            }
            Path file = spool.resolve("entry");
            MessageDigest digest = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = content.read(buffer)) > 0; ) {
                    out.write(buffer, 0, read);
                    size += read;
                    totalBytes += read;
                    checkExpansion(name, size, compressedBytes.getAsLong());
                }
            }
            entriesChecked++;
            String hash = HexFormat.of().formatHex(digest.digest());
            entries.put(name, new String[] {Long.toString(size), hash});
            if (name.equals(Manifest.ENTRY_NAME)) {
                manifest = Files.readAllBytes(file);
            } else {
                verifyContent(name, file);
            }
            Files.delete(file);
        }

        private void checkExpansion(String name, long entryBytes, long compressed) throws Stop {
            if (entryBytes > limits.maxEntryBytes()) {
                entryFinding(Rule.ARCHIVE_BOMB, name, "expands beyond " + limits.maxEntryBytes() + " bytes");
                throw new Stop();
            }
            if (totalBytes > limits.maxTotalBytes()) {
                archiveFinding(Rule.ARCHIVE_BOMB, "expands beyond " + limits.maxTotalBytes() + " bytes in all");
                throw new Stop();
            }
            if (totalBytes > limits.ratioFloor() && totalBytes > limits.maxRatio() * Math.max(1, compressed)) {
                archiveFinding(Rule.ARCHIVE_BOMB, "expands more than " + limits.maxRatio() + " times");
                throw new Stop();
            }
        }

        private void verifyContent(String name, Path file) throws IOException {
            String where = archive + "!" + name;
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.endsWith(".ipynb")) {
                findings.addAll(new NotebookVerifier(policy).verify(NotebookSource.of(file, where)));
            } else {
                findings.addAll(new FileVerifier(policy).verify(file, where, base));
            }
        }

        void checkManifest() {
            if (manifest == null) {
                archiveFinding(Rule.MANIFEST_MISSING, "no " + Manifest.ENTRY_NAME);
                return;
            }
            JsonNode listed;
            try {
                listed = Manifest.read(manifest).path("entries");
            } catch (IOException e) {
                entryFinding(Rule.MANIFEST_MISMATCH, Manifest.ENTRY_NAME, "the manifest is not valid JSON");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode item : listed) {
                String path = item.path("path").asText();
                seen.add(path);
                String[] actual = entries.get(path);
                if (actual == null) {
                    entryFinding(Rule.MANIFEST_MISMATCH, path, "listed in the manifest but not in the archive");
                } else if (!actual[0].equals(item.path("size").asText()) || !actual[1].equals(item.path("sha256").asText())) {
                    entryFinding(Rule.MANIFEST_MISMATCH, path, "size or SHA-256 differs from the manifest");
                }
            }
            for (String name : entries.keySet()) {
                if (!name.equals(Manifest.ENTRY_NAME) && !seen.contains(name)) {
                    entryFinding(Rule.MANIFEST_MISMATCH, name, "in the archive but not in the manifest");
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entry names go into reports; control characters must not reach a terminal. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
