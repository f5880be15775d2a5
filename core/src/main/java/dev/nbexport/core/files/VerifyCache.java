package dev.nbexport.core.files;

import dev.nbexport.core.Version;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.io.FileState;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyDocument;
import dev.nbexport.core.verify.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Remembers which files verified clean (no findings at all) under which policy, so that a later
 * run can skip them while they stay unchanged. An entry holds a file's absolute path, size,
 * modification time and identity (inode and change time, or a content hash where the file system
 * keeps no change time that only the kernel sets: see {@link FileIdentity}) and a fingerprint of
 * the policy and of the nbexport version and build: when any of them differs the file is verified again.
 * Size and modification time alone are not enough: both can be set back after an edit.
 *
 * <p>Only clean results are kept. Files with findings are verified every time, so a report built
 * from the files verified plus the files skipped is always complete. A file modified or changed
 * less than {@link FileState#RACY_WINDOW} before it was read is not remembered: a change within the file
 * system's timestamp granularity could otherwise go unseen. A missing, unreadable or foreign cache
 * file, or one written in an older format, is an empty cache. {@link #save()} keeps only the
 * entries of files looked at in this run. Thread-safe.
 */
public final class VerifyCache {

    // Format 1 kept only size and modification time: its entries must not be trusted.
    static final String HEADER = "nbexport-verify-cache 2";

    /** A file's size, modification time and identity, and when they were read. */
    public record Stamp(long size, long modifiedNanos, long changedNanos, String identity, Instant readAt) {

        /** Modified or changed so shortly before it was read that a later change might keep the same times. */
        boolean racy() {
            return FileState.isRacy(FileTime.from(changedNanos, TimeUnit.NANOSECONDS), readAt);
        }

        private boolean sameAs(Entry entry) {
            return entry.size() == size && entry.modifiedNanos() == modifiedNanos && entry.identity().equals(identity);
        }
    }

    private record Entry(String policy, long size, long modifiedNanos, String identity) {
    }

    private final Path file;
    private final Clock clock;
    private final FileIdentity identities;
    /** Which build of nbexport's code judged: a snapshot rebuilt with other rules keeps its version. */
    private final String build;
    private final Map<String, Entry> loaded;
    private final Map<String, Entry> kept = new ConcurrentHashMap<>();
    private final Map<Policy, String> fingerprints = new ConcurrentHashMap<>();

    private VerifyCache(Path file, Clock clock, FileIdentity identities, String build, Map<String, Entry> loaded) {
        this.file = file;
        this.clock = clock;
        this.identities = identities;
        this.build = build;
        this.loaded = loaded;
    }

    /** The cache stored in {@code cacheFile}; empty when there is none or it cannot be read. */
    public static VerifyCache load(Path cacheFile) {
        return load(cacheFile, Clock.systemUTC(), FileIdentity.standard());
    }

    static VerifyCache load(Path cacheFile, Clock clock, FileIdentity identities) {
        return load(cacheFile, clock, identities, ThisBuild.DIGEST);
    }

    static VerifyCache load(Path cacheFile, Clock clock, FileIdentity identities, String build) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            if (Files.isRegularFile(cacheFile)) {
                List<String> lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] fields = line.split("\t", 5);
                        if (fields.length == 5) {
                            entries.put(fields[4], new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                                    fields[3]));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
        return new VerifyCache(cacheFile, clock, identities, build, entries);
    }

    /**
     * Reads the size, modification time and identity of {@code path} (through symbolic links);
     * take it before verifying the file. Where the identity is a content hash, this reads the file.
     */
    public Stamp stamp(Path path) throws IOException {
        Instant now = clock.instant();
        FileIdentity.Identity identity = identities.of(path);
        return new Stamp(identity.size(), identity.modifiedNanos(), identity.changedNanos(), identity.text(), now);
    }

    /**
     * Whether {@code path}, as {@code stamp} describes it now, verified clean under {@code policy}
     * in an earlier run. A file found clean is kept by the next {@link #save()}.
     */
    public boolean isClean(Path path, Stamp stamp, Policy policy) {
        String key = key(path);
        Entry entry = loaded.get(key);
        if (entry != null && stamp.sameAs(entry) && entry.policy().equals(fingerprint(policy))) {
            kept.put(key, entry);
            return true;
        }
        return false;
    }

    /**
     * Records the outcome of verifying {@code path}, stamped before it was read: remembered when
     * there were no findings, the file was not modified just before, and it is still as stamped
     * (else the stamp might be that of a version never verified); forgotten otherwise.
     */
    public void record(Path path, Stamp stamp, Policy policy, List<Finding> findings) {
        String key = key(path);
        if (findings.isEmpty() && !stamp.racy() && key.indexOf('\n') < 0 && key.indexOf('\r') < 0 && stillAsStamped(path, stamp)) {
            kept.put(key, new Entry(fingerprint(policy), stamp.size(), stamp.modifiedNanos(), stamp.identity()));
        } else {
            kept.remove(key);
        }
    }

    private boolean stillAsStamped(Path path, Stamp stamp) {
        try {
            FileIdentity.Identity now = identities.of(path);
            return now.size() == stamp.size() && now.modifiedNanos() == stamp.modifiedNanos() && now.text().equals(stamp.identity());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the entries of the files looked at in this run, atomically, in path order. */
    public void save() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(kept).forEach((path, entry) -> text.append(entry.policy()).append('\t').append(entry.size())
                .append('\t').append(entry.modifiedNanos()).append('\t').append(entry.identity()).append('\t').append(path)
                .append('\n'));
        AtomicFiles.writeIfDifferent(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A fingerprint of the policy and of this nbexport's version and build: equal policies give equal text. */
    public String fingerprint(Policy policy) {
        return fingerprints.computeIfAbsent(policy, p -> sha256(Version.get() + "\n" + build + "\n" + PolicyDocument.of(p)));
    }

    /**
     * The bytes of the jar this code was loaded from, hashed once: builds of one version with other
     * code (a snapshot) differ, reproducible builds of the same code do not. Empty for classes in a
     * folder (a build in progress), which the version alone then tells apart.
     */
    private static final class ThisBuild {
        static final String DIGEST = digest();

        private static String digest() {
            try {
                Path jar = Path.of(VerifyCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    return "";
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
                return "";
            }
        }
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
