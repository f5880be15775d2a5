package dev.nbexport.core.bundle;

import dev.nbexport.core.files.Cores;
import dev.nbexport.core.files.FileTasks;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.io.Sha256;
import dev.nbexport.core.io.TemporaryFiles;
import dev.nbexport.core.known.KnownDataReader;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.notebook.BlankSources;
import dev.nbexport.core.notebook.Columns;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.Location;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.strip.NotebookStripper;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.core.verify.Acceptances;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.NotebookVerifier;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds an export bundle: selects files, strips notebooks in memory (the originals are never
 * touched), verifies every entry, and only when nothing is an error writes a deterministic archive
 * with its manifest, atomically, and a {@code .sha256} file beside it. The stripped notebooks wait
 * in a temporary file beside the archive between checking and writing: the archive holds exactly
 * the bytes that were verified, and memory holds a few notebooks at a time, never all.
 */
public final class Bundler {

    /** The archive time when {@code SOURCE_DATE_EPOCH} is not set. */
    public static final Instant DEFAULT_TIME = Instant.parse("2000-01-01T00:00:00Z");

    private final Policy policy;
    private final ArchiveFormat format;
    private final Instant time;
    private final int jobs;
    private final Function<Path, Policy> policyOf;
    private final List<Path> knownData;

    /** A bundler that works on as many files at once as there are cores. */
    public Bundler(Policy policy, ArchiveFormat format, Instant time) {
        this(policy, format, time, FileTasks.defaultJobs(false));
    }

    /** A bundler that strips and verifies up to {@code jobs} files at once (memory grows with it). */
    public Bundler(Policy policy, ArchiveFormat format, Instant time, int jobs) {
        this(policy, format, time, jobs, file -> policy);
    }

    /**
     * A bundler that strips and verifies each file under the policy {@code policyOf} gives it, with
     * the findings that policy accepts: that of the project file nearest to it, as {@code strip} and
     * {@code verify} read it ({@link TreePolicies}), where {@code policy}, the folder's, is the one the
     * manifest records and its own text is verified under. {@code policyOf} is asked for every file
     * before any is read, so that a project file it refuses stops the bundle first.
     */
    public Bundler(Policy policy, ArchiveFormat format, Instant time, int jobs, Function<Path, Policy> policyOf) {
        this(policy, format, time, jobs, policyOf, List.of());
    }

    private Bundler(Policy policy, ArchiveFormat format, Instant time, int jobs,
                    Function<Path, Policy> policyOf, List<Path> knownData) {
        this.policy = policy;
        this.format = format;
        this.time = time;
        this.jobs = jobs;
        this.policyOf = policyOf;
        this.knownData = List.copyOf(knownData);
    }

    /**
     * This bundler, also refusing entries that hold values of the data files below {@code paths}
     * (files, or folders of CSV, TSV or text files): data kept elsewhere than the tree, such as an
     * export of the CRM's customers. The delimited data files the bundle leaves home are read anyway.
     */
    public Bundler withKnownData(List<Path> paths) {
        return new Bundler(policy, format, time, jobs, policyOf, paths);
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
        return bundle(root, excludes, List.of(), output, listener);
    }

    /**
     * Bundles {@code root} into {@code output}, passing over the directories {@code outside} the
     * tree (build output: neither taken nor listed as left out, so the archive is the same whether
     * they exist yet or not), telling {@code listener} how it advances.
     */
    public BundleResult bundle(Path root, List<String> excludes, Collection<Path> outside, Path output,
                               BundleListener listener) throws IOException {
        // The bundle and its checksum, written inside the tree, are not part of it: a rebuild lists
        // them no more than the first build did, so an unchanged tree gives the same bytes.
        List<Path> passedOver = new ArrayList<>(outside);
        passedOver.addAll(List.of(output, checksumFile(output)));
        Selection selection = new Selector(root, excludes, passedOver).select();
        Map<Selection.Included, Checker> checkers = checkers(selection);
        KnownValues known = knownValues(root, selection);
        listener.selected(selection);
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path spool = TemporaryFiles.track(() -> Files.createTempFile(directory, TemporaryFiles.prefixBeside(output), ".nbexport-spool"));
        try {
            List<Finding> findings = new ArrayList<>(unreadable(selection));
            List<Manifest.Entry> entries = new ArrayList<>();
            try (OutputStream stripped = new BufferedOutputStream(Files.newOutputStream(spool), 64 * 1024)) {
                FileTasks.runOrThrow(selection.included(), jobs, Bundler::resultBytes, file -> checkers.get(file).check(file, known), (file, checked) -> {
                    entries.add(checked.entry());
                    findings.addAll(checked.findings());
                    stripped.write(checked.stripped());
                    listener.checked(file);
                });
            }
            VerifyReport report = new VerifyReport(selection.included().size(), findings);
            if (report.errors() > 0) {
                return new BundleResult(Optional.empty(), selection, report, known);
            }
            byte[] manifest = Manifest.write(policy, entries, selection.excluded(), report);
            // Its free text (the paths of its entries, paths and reasons of files left out and of findings accepted) leaves too.
            List<Finding> inManifest = manifestText(manifest, known);
            if (!inManifest.isEmpty()) {
                findings.addAll(inManifest);
                report = new VerifyReport(selection.included().size(), findings);
                if (report.errors() > 0) {
                    return new BundleResult(Optional.empty(), selection, report, known);
                }
                manifest = Manifest.write(policy, entries, selection.excluded(), report);
            }
            write(output, selection, entries, manifest, spool);
            return new BundleResult(Optional.of(output), selection, report, known);
        } finally {
            TemporaryFiles.remove(spool);
        }
    }

    /** What the text rules find in the manifest's free text, as the gate will read it. */
    private List<Finding> manifestText(byte[] manifest, KnownValues known) throws IOException {
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> section : ManifestCheck.freeText(manifest).entrySet()) {
            found.addAll(ManifestText.verify(section.getValue(), Manifest.ENTRY_NAME + " (" + section.getKey() + ")", policy, known));
        }
        return found;
    }

    /** A file's manifest entry, what verifying it found, and a notebook's stripped bytes (none for other files). */
    private record Checked(Manifest.Entry entry, List<Finding> findings, byte[] stripped) {
        private static final byte[] NONE = new byte[0];

        Checked(Manifest.Entry entry, List<Finding> findings) {
            this(entry, findings, NONE);
        }
    }

    /** What a file's result may hold: a notebook's stripped bytes, at most its size; nothing for other files. */
    private static long resultBytes(Selection.Included file) {
        return file.notebook() ? FileTasks.sizeOf(file.file()) : 0;
    }

    /**
     * The values no entry may hold: those of the data files left home (CSV, TSV, Excel workbooks; not those
     * a pattern leaves out, which are not looked at), then those of the files named by {@link #withKnownData}.
     */
    private KnownValues knownValues(Path root, Selection selection) throws IOException {
        List<KnownDataReader.Source> sources = new ArrayList<>();
        for (Selection.Excluded left : selection.excluded()) {
            if (left.knownDataFile() != null) {
                sources.add(new KnownDataReader.Source(left.knownDataFile(), left.path()));
            }
        }
        for (Path path : knownData) {
            sources.addAll(KnownDataReader.sourcesOf(path));
        }
        return KnownDataReader.read(sources);
    }

    /**
     * A checker for every file taken, under the file's own policy: the project file that applies to
     * each is judged here, before any file is read, and one that loosens the preset stops the bundle.
     */
    private Map<Selection.Included, Checker> checkers(Selection selection) {
        Map<Policy, Checker> byPolicy = new IdentityHashMap<>();
        Map<Selection.Included, Checker> checkers = new HashMap<>();
        for (Selection.Included file : selection.included()) {
            checkers.put(file, byPolicy.computeIfAbsent(policyOf.apply(file.file()), Checker::new));
        }
        return checkers;
    }

    /** Strips (for notebooks) and verifies files under one policy. Runs on several threads at once. */
    private static final class Checker {
        private final Policy policy;
        private final NotebookStripper stripper;

        Checker(Policy policy) {
            this.policy = policy;
            this.stripper = new NotebookStripper(policy);
        }

        Checked check(Selection.Included file, KnownValues known) throws IOException {
            try {
                return Cores.compute(() -> checkNow(file, known));
            } catch (OutOfMemoryError e) {
                // A file too large for the heap (a strip holds a notebook's cells to write them back) fails alone.
                return unreadable(file, Location.UNKNOWN, Cores.tooLarge(e));
            }
        }

        private Checked checkNow(Selection.Included file, KnownValues known) throws IOException {
            if (!file.notebook()) {
                List<Finding> findings = accepted(file, new FileVerifier(policy, known).verify(file.file(), file.entryName()));
                return new Checked(new Manifest.Entry(file.entryName(), Files.size(file.file()), Sha256.ofFile(file.file()), null), findings);
            }
            StripResult stripped;
            try {
                stripped = stripper.strip(NotebookSource.of(file.file()));
            } catch (InvalidNotebookException e) {
                return unreadable(file, e.location(), e.problem());
            }
            // A notebook of white space alone is left as it is in place; it leaves empty, as its spaces and tabs could spell anything.
            byte[] bytes = stripped.bytes().length > 0 && BlankSources.holdsNothing(NotebookSource.of(file.entryName(), stripped.bytes()))
                    ? new byte[0] : stripped.bytes();
            List<Finding> findings = accepted(file, new NotebookVerifier(policy, known).verify(NotebookSource.of(file.entryName(), bytes)));
            return new Checked(new Manifest.Entry(file.entryName(), bytes.length, Manifest.sha256(bytes),
                    stripped.stats()), findings, bytes);
        }

        /** {@code findings} with those the file's policy accepts marked so. */
        private List<Finding> accepted(Selection.Included file, List<Finding> findings) {
            return Acceptances.apply(findings, Acceptances.forFile(policy.verify().accepted(), file.file()));
        }
    }

    /**
     * The folders and files of the tree that could not be read: each an {@code unreadable} error,
     * as a notebook that cannot be read is, so that no bundle leaves without what they hold while
     * its maker believes it whole.
     */
    private static List<Finding> unreadable(Selection selection) {
        return selection.unreadable().stream()
                .map(file -> new Finding(Rule.UNREADABLE, Severity.ERROR, file.path(), -1, null, null, -1, -1, null,
                        "cannot be read: " + file.problem()))
                .toList();
    }

    /** A notebook refused: the finding says why and where, the place strip names; its entry holds nothing. */
    private static Checked unreadable(Selection.Included file, Location where, String problem) throws IOException {
        Finding unreadable = new Finding(Rule.UNREADABLE, Severity.ERROR, file.entryName(), where,
                Columns.utf16Units(NotebookSource.of(file.file()), where), Files.size(file.file()), null, problem);
        return new Checked(new Manifest.Entry(file.entryName(), 0, "", null), List.of(unreadable));
    }

    /** Writes the archive: the manifest, then every entry in order, notebooks from the spool of stripped bytes. */
    private void write(Path output, Selection selection, List<Manifest.Entry> entries, byte[] manifest, Path spool)
            throws IOException {
        Path temp = TemporaryFiles.track(
                () -> Files.createTempFile(output.toAbsolutePath().getParent(), TemporaryFiles.prefixBeside(output), ".nbexport-tmp"));
        try {
            AtomicFiles.makeReadable(temp);
            try (OutputStream out = Files.newOutputStream(temp);
                 ArchiveWriter archive = new ArchiveWriter(out, format, time);
                 InputStream stripped = new BufferedInputStream(Files.newInputStream(spool), 64 * 1024)) {
                archive.add(Manifest.ENTRY_NAME, manifest);
                List<Selection.Included> files = selection.included();
                for (int i = 0; i < files.size(); i++) {
                    Manifest.Entry entry = entries.get(i);
                    if (files.get(i).notebook()) {
                        archive.add(entry.path(), stripped.readNBytes((int) entry.size()));
                    } else {
                        archive.add(entry.path(), files.get(i).file());
                        requireUnchanged(entry, Sha256.ofFile(files.get(i).file()));
                    }
                }
            }
            String sha256 = Sha256.ofFile(temp);
            if (!sameBytes(output, Files.size(temp), sha256)) {
                move(temp, output);
            }
            String checksum = sha256 + "  " + output.getFileName() + "\n";
            AtomicFiles.writeIfDifferent(checksumFile(output), checksum.getBytes(StandardCharsets.UTF_8));
        } finally {
            TemporaryFiles.remove(temp);
        }
    }

    private static Path checksumFile(Path output) {
        return output.resolveSibling(output.getFileName() + ".sha256");
    }

    /**
     * Whether {@code output} is a file of these bytes already, a bundle of the same tree made before:
     * left as it is, its time too, so that what depends on it (a build's later steps, a sync) sees no change.
     */
    private static boolean sameBytes(Path output, long size, String sha256) throws IOException {
        return Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS) && Files.size(output) == size
                && Sha256.ofFile(output).equals(sha256);
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
}
