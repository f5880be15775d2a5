package dev.nbexport.core.bundle;

import dev.nbexport.core.io.Folders;
import dev.nbexport.core.policy.AcceptedFinding;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Acceptances;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gate at the office: reads a bundle (tar, tar.gz or zip, told apart by content, not by name)
 * as hostile input, refuses unsafe archives each with its own rule, verifies every entry with the
 * notebook or file rules, and holds the bundle to its manifest. Nothing is extracted: an entry is
 * held in memory, or spooled when large to a private temporary directory removed afterwards; other
 * threads verify entries while a bounded number of bytes of them wait; and reading stops at the
 * first breach of the {@link ArchiveLimits}, so time, memory and disk stay bounded whatever the
 * archive holds. Findings name entries {@code archive!path} and never quote content.
 */
public final class BundleVerifier {

    private final Policy policy;
    private final ArchiveLimits limits;
    private final int threads;
    private final EntryRules rules;
    /** Where the spool of each verify is made: the system's temporary folder, or a test's own. */
    private final Path spoolParent;

    /** A verifier that verifies entries on one thread per core. */
    public BundleVerifier(Policy policy, ArchiveLimits limits) {
        this(policy, limits, Runtime.getRuntime().availableProcessors());
    }

    /** A verifier that verifies entries on {@code threads} threads while it reads the archive on its own. */
    public BundleVerifier(Policy policy, ArchiveLimits limits, int threads) {
        this(policy, limits, threads, EntryRules.of(policy));
    }

    /** A verifier whose entries' content goes through {@code rules} (tests make them fail). */
    BundleVerifier(Policy policy, ArchiveLimits limits, int threads, EntryRules rules) {
        this(policy, limits, threads, rules, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As above, spooling below {@code spoolParent}, where a test sees what is left behind and nothing else. */
    BundleVerifier(Policy policy, ArchiveLimits limits, int threads, EntryRules rules, Path spoolParent) {
        this.policy = policy;
        this.limits = limits;
        this.threads = Math.max(1, threads);
        this.rules = rules;
        this.spoolParent = spoolParent;
    }

    /**
     * Verifies {@code archive}. A broken or hostile archive is a finding, not an exception.
     *
     * @throws IOException when the file cannot be read at all, or the spool cannot be written
     */
    public VerifyReport verify(Path archive) throws IOException {
        Path spool = Files.createTempDirectory(spoolParent, "nbexport-verify-");
        BundleScan scan = new BundleScan(archive.toString(), policy, limits, spool, threads, rules);
        ManifestCheck manifest = new ManifestCheck(scan.findings, rules);
        try (EntryContents contents = scan.contents) {
            try {
                if (read(archive, scan)) {
                    manifest.check(scan.contents);
                }
            } catch (ReadingStopped stopped) {
                // A limit was breached; the finding says which, and the rest is not read.
            }
            contents.awaitVerified();
        } catch (EntryContents.OwnFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure.getCause();
        } finally {
            Folders.deleteTree(spool);
        }
        String inArchive = archive + "!";
        List<Finding> findings = acceptedHere(inArchive, scan.findings.list());
        return new VerifyReport(scan.contents.verified(), withReasonsFromWhereBundled(inArchive, findings, manifest.acceptedWhereBundled()));
    }

    /**
     * {@code findings} with those the policy in force accepts marked so: in a bundle, an acceptance's
     * file is an entry's path.
     */
    private List<Finding> acceptedHere(String inArchive, List<Finding> findings) {
        List<AcceptedFinding> accepted = policy.verify().accepted();
        if (accepted.isEmpty()) {
            return findings;
        }
        return Acceptances.apply(findings, file -> !file.startsWith(inArchive) ? List.of()
                : accepted.stream().filter(a -> a.written().equals(file.substring(inArchive.length()))).toList());
    }

    /**
     * {@code findings} with the reason the manifest gives for those accepted where the bundle was
     * made but not here: they still count, and the report says what the site said of them.
     */
    private static List<Finding> withReasonsFromWhereBundled(String inArchive, List<Finding> findings,
                                                             List<Manifest.Accepted> acceptedThere) {
        if (acceptedThere.isEmpty()) {
            return findings;
        }
        List<Finding> annotated = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String reason = null;
            for (Manifest.Accepted there : acceptedThere) {
                if (!finding.isAccepted() && finding.file().equals(inArchive + there.path())
                        && finding.rule().id().equals(there.rule()) && there.sha256().equals(finding.sha256())) {
                    reason = there.reason();
                    break;
                }
            }
            annotated.add(reason == null ? finding : finding.acceptedWhereBundled(reason));
        }
        return annotated;
    }

    /** Reads the archive; false when it could not be read to its end, so that its manifest cannot be judged. */
    private static boolean read(Path archive, BundleScan scan) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(archive)) {
            head = in.readNBytes(512);
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return new TarReading(scan).readTarGz(archive, head);
        }
        if (isTar(head)) {
            return new TarReading(scan).readTar(archive);
        }
        if (startsWith(head, 'P', 'K') || ZipLayout.endRecord(archive).isPresent()) {
            // Bytes before the first entry do not hide a zip: the layout check reports them.
            return new ZipReading(scan).read(archive);
        }
        scan.findings.archive(Rule.ARCHIVE_FORMAT, "not a tar, tar.gz or zip archive");
        return false;
    }

    /** POSIX and GNU tar headers carry {@code ustar} at offset 257. */
    private static boolean isTar(byte[] head) {
        return head.length == 512
                && Arrays.equals(head, 257, 262, "ustar".getBytes(StandardCharsets.US_ASCII), 0, 5);
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
}
