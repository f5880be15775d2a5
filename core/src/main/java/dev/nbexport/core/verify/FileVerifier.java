package dev.nbexport.core.verify;

import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.Policy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a file that is not a notebook: data formats and archives by name and content, unknown
 * binaries, oversize files, and the text rules over text files.
 */
public final class FileVerifier {

    /** Files above this size are reported and not scanned. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;
    private static final int HEAD = 4096;
    /** The most a text can hold to be scanned at all: one Java array, whatever the policy's limit. */
    private static final long MAX_SCANNED = Integer.MAX_VALUE - 8;

    private final Policy policy;
    private final Severities severities;
    private final TextScanner scanner;
    private final long maxFileSize;

    public FileVerifier(Policy policy) {
        this(policy, KnownValues.NONE);
    }

    /** A verifier whose text rules also look for {@code known} values of the site's data. */
    public FileVerifier(Policy policy, KnownValues known) {
        this.policy = policy;
        this.severities = Severities.of(policy.verify());
        this.scanner = new TextScanner(ScanSettings.of(policy.verify()), known);
        this.maxFileSize = maxFileSize(policy);
    }

    /** The largest file {@code policy} has scanned: larger ones are reported unread. */
    public static long maxFileSize(Policy policy) {
        Integer mib = policy.verify().thresholds().get("max-file-size-mib");
        return mib == null ? DEFAULT_MAX_FILE_SIZE : mib * 1024L * 1024;
    }

    /** Verifies {@code file}, naming it {@code name} in findings. */
    public List<Finding> verify(Path file, String name) throws IOException {
        return verify(file, name, file.getFileName().toString());
    }

    /** Verifies {@code file}, naming it {@code name} in findings and judging its kind by {@code fileName}. */
    public List<Finding> verify(Path file, String name, String fileName) throws IOException {
        long size = Files.size(file);
        FileKind.Verdict verdict;
        byte[] whole = null;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            verdict = FileKind.of(fileName, head);
            // Only text within the limit is read whole (at most the size measured): data and binaries are hashed as streams.
            boolean text = verdict.kind() == FileKind.NOTEBOOK || verdict.kind() == FileKind.TEXT;
            if (text && size <= Math.min(maxFileSize, MAX_SCANNED)) {
                byte[] rest = in.readNBytes((int) Math.max(0, size - head.length));
                whole = Arrays.copyOf(head, head.length + rest.length);
                System.arraycopy(rest, 0, whole, head.length, rest.length);
            }
        }
        return verify(verdict, name, whole != null ? whole.length : size, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return Hashes.prefix(in);
            }
        }, whole);
    }

    /** Verifies a file's {@code content}, naming it {@code name} in findings and judging its kind by {@code fileName}. */
    public List<Finding> verify(byte[] content, String name, String fileName) throws IOException {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD));
        return verify(FileKind.of(fileName, head), name, content.length, () -> Hashes.prefix(new ByteArrayInputStream(content)),
                content);
    }

    /** The hash prefix of a file's content, computed only for the findings that show one. */
    private interface ContentHash {
        String get() throws IOException;
    }

    /** {@code content} is the whole file when it is small enough to scan, else null. */
    private List<Finding> verify(FileKind.Verdict verdict, String name, long size, ContentHash hash, byte[] content)
            throws IOException {
        List<Finding> findings = new ArrayList<>();
        switch (verdict.kind()) {
            case DATA -> add(findings, Rule.DATA_FILE, name, -1, size, hash.get(), verdict.why());
            case ARCHIVE -> add(findings, Rule.NESTED_ARCHIVE, name, -1, size, hash.get(), verdict.why());
            case BINARY -> add(findings, Rule.BINARY_FILE, name, -1, size, hash.get(), verdict.why());
            case NOTEBOOK, TEXT -> {
                if (content == null || size > maxFileSize) {
                    add(findings, Rule.OVERSIZE_FILE, name, -1, size, hash.get(),
                            "larger than " + (maxFileSize / (1024 * 1024)) + " MiB; not scanned");
                } else {
                    scan(findings, name, content);
                }
            }
            default -> throw new IllegalStateException(verdict.kind().name());
        }
        return findings;
    }

    private void scan(List<Finding> findings, String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (TextHit hit : scanner.scan(text)) {
            if (hit.rule() == Rule.DATA_URI && !policy.stripDataUris()) {
                continue;
            }
            String value = text.substring(hit.start(), hit.end());
            // A hit that stands for more keeps only the hash prefix reports show: accepting it would accept
            // what it stands for, unseen, so it cannot be.
            add(findings, hit.rule(), name, hit.line(), value.getBytes(StandardCharsets.UTF_8).length,
                    hit.standsForMore() ? Hashes.prefix(value) : Hashes.of(value), hit.what(),
                    Utf16Region.of(text, hit.line(), hit.start(), hit.end()));
        }
    }

    private void add(List<Finding> findings, Rule rule, String name, long line, long size, String hash, String message) {
        add(findings, rule, name, line, size, hash, message, Utf16Region.NONE);
    }

    private void add(List<Finding> findings, Rule rule, String name, long line, long size, String hash, String message,
                     Utf16Region region) {
        Severity severity = severities.of(rule);
        if (severity != Severity.OFF) {
            findings.add(new Finding(rule, severity, name, -1, null, null, line, size, hash, message).at(region));
        }
    }

}
