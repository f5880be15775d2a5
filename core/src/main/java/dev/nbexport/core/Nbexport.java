package dev.nbexport.core;

import dev.nbexport.core.bundle.ArchiveFormat;
import dev.nbexport.core.bundle.ArchiveLimits;
import dev.nbexport.core.bundle.BundleVerifier;
import dev.nbexport.core.bundle.FolderNames;
import dev.nbexport.core.files.Cores;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.io.FileState;
import dev.nbexport.core.known.KnownDataReader;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.Notebook;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.NotebookWriter;
import dev.nbexport.core.notebook.ReadPlan;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.strip.NotebookStripper;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.core.verify.Acceptances;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.FileKind;
import dev.nbexport.core.verify.NotebookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.nio.file.Path;

/**
 * The library's entry point: one static method per job. Everything here is thread-safe; the CLI
 * and the Maven plugin are thin adapters over these calls.
 */
public final class Nbexport {

    private Nbexport() {
    }

    /**
     * Strips a notebook under a policy and returns the bytes Jupyter would write for the result.
     *
     * @throws InvalidNotebookException when the input is not a notebook nbexport can read and write back
     * @throws IOException              when the source cannot be read
     */
    public static StripResult strip(NotebookSource source, Policy policy) throws IOException {
        return new NotebookStripper(policy).strip(source);
    }

    /**
     * Reads a notebook and writes it back unchanged in content, exactly as Jupyter would save it.
     *
     * @throws InvalidNotebookException when the input is not a notebook nbexport can read and write back
     */
    public static byte[] canonical(NotebookSource source) throws IOException {
        Notebook notebook = NotebookReader.read(source, ReadPlan.KEEP_ALL);
        return NotebookWriter.write(notebook, notebook.crlf());
    }

    /**
     * Checks that a notebook holds no data under a policy, reading its bytes independently of the
     * stripper. An unreadable file is a finding ({@code unreadable}), not an exception.
     *
     * @throws IOException when the source cannot be read at all
     */
    public static List<Finding> verify(NotebookSource source, Policy policy) throws IOException {
        return new NotebookVerifier(policy).verify(source);
    }

    /**
     * Verifies one file: a notebook (by its {@code .ipynb} name, in any case) with the notebook rules, any other
     * file with the file rules (data formats, archives, binaries, size, and the text rules).
     * Findings the policy lists as reviewed and accepted for this file come marked so.
     */
    public static List<Finding> verifyFile(Path file, Policy policy) throws IOException {
        return verifyFile(file, policy, KnownValues.NONE);
    }

    /** {@link #verifyFile(Path, Policy)}, its texts searched for {@code known} values of the site's data too ({@code known-data}). */
    public static List<Finding> verifyFile(Path file, Policy policy, KnownValues known) throws IOException {
        List<Finding> findings = Cores.compute(() -> NotebookFiles.isNotebook(file)
                ? new NotebookVerifier(policy, known).verify(NotebookSource.of(file))
                : new FileVerifier(policy, known).verify(file, file.toString()));
        return Acceptances.apply(findings, Acceptances.forFile(policy.verify().accepted(), file));
    }

    /**
     * Judges the names of the files below {@code folder} as a bundle of it would list them in its
     * manifest, with the text rules, as the bundler does before it writes anything: with
     * {@code allFiles} the paths it would take and those it would leave home (and why), without it
     * the paths of the notebooks it would take. A folder of notebooks named after customers
     * ({@code 100231_Ann_Lee.ipynb}) is refused here as the bundle would refuse it. Findings name the
     * folder as given and the list, never a file's name. The site's {@code known} values are looked
     * for in the names too.
     */
    public static List<Finding> verifyFolderNames(Path folder, Policy policy, boolean allFiles, KnownValues known)
            throws IOException {
        return Cores.compute(() -> FolderNames.verify(folder, folder.toString(), policy, allFiles, known));
    }

    /**
     * The values of the site's data that no verified text may hold: those of the delimited data files
     * (CSV, TSV) and Excel workbooks among {@code verified}, which verify reports as {@code data-file},
     * then those of the files below {@code knownData} (files, or folders of CSV, TSV, text files and
     * workbooks). Bounded in what it reads (see {@link KnownDataReader}); a file that cannot be read is
     * named in the summary.
     */
    public static KnownValues knownValues(Collection<Path> verified, List<Path> knownData) throws IOException {
        List<KnownDataReader.Source> sources = new ArrayList<>();
        for (Path file : verified) {
            if (Files.isRegularFile(file) && isKnownData(file)) {
                sources.add(new KnownDataReader.Source(file, file.toString()));
            }
        }
        for (Path path : knownData) {
            sources.addAll(KnownDataReader.sourcesOf(path));
        }
        return KnownDataReader.read(sources);
    }

    private static boolean isKnownData(Path file) {
        Path name = file.getFileName();
        // By its name first: a file that cannot be known data is not opened a second time.
        if (name == null || !FileKind.hasKnownDataExtension(name.toString())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FileKind.isKnownDataFile(name.toString(), in.readNBytes(4096));
        } catch (IOException e) {
            return false; // verify reports what it cannot read
        }
    }

    /**
     * Strips {@code file} and writes the result to {@code target}, which may be {@code file}
     * itself. The write is atomic and keeps the target's permissions; a target whose bytes would
     * not change is not touched. On any error nothing is written.
     */
    public static StripResult stripFile(Path file, Path target, Policy policy) throws IOException {
        FileState readAs = file.equals(target) ? FileState.of(file) : null;
        StripResult result = Cores.compute(() -> strip(NotebookSource.of(file), policy));
        writeStripped(file, target, result, readAs);
        return result;
    }

    /**
     * Writes {@code result}, stripped from {@code file}, to {@code target}: a copy elsewhere always,
     * the file itself only when stripping changed it, and then only if it is still as it was read
     * ({@code readAs}; see {@link AtomicFiles#writeIfDifferent(Path, byte[], FileState)}).
     */
    public static void writeStripped(Path file, Path target, StripResult result, FileState readAs) throws IOException {
        boolean inPlace = file.equals(target);
        if (!inPlace || result.changed()) {
            AtomicFiles.writeIfDifferent(target, result.bytes(), inPlace ? readAs : null);
        }
    }

    /**
     * Whether {@code path} names a bundle ({@code .tar.gz}, {@code .tgz}, {@code .tar} or
     * {@code .zip}, in any case), which {@link #verifyBundle} checks rather than {@link #verifyFile}.
     */
    public static boolean isBundle(Path path) {
        Path name = path.getFileName();
        return name != null && ArchiveFormat.ofBundleName(name.toString()).isPresent();
    }

    /**
     * Verifies a bundle as hostile input, under the default {@link ArchiveLimits}: the archive's
     * structure (unsafe or colliding names, links, special files, encryption, zip headers that
     * disagree, bombs, hidden trailing bytes), every entry with the notebook or file rules (named
     * {@code archive!path} in findings), and the manifest (every entry listed with its size and
     * SHA-256, nothing more, nothing less; {@code manifest-missing} when there is none). The
     * report's file count is the entries verified. Never extracts anything; never throws for a
     * broken or hostile archive.
     *
     * @throws IOException when the file cannot be read at all, or no temporary file can be written
     */
    public static VerifyReport verifyBundle(Path archive, Policy policy) throws IOException {
        return verifyBundle(archive, policy, ArchiveLimits.DEFAULTS);
    }

    /**
     * {@link #verifyBundle(Path, Policy)} verifying entries on {@code threads} threads (one per core
     * there; fewer when the caller verifies several bundles at once).
     */
    public static VerifyReport verifyBundle(Path archive, Policy policy, int threads) throws IOException {
        return new BundleVerifier(policy, ArchiveLimits.DEFAULTS, threads).verify(archive);
    }

    /** {@link #verifyBundle(Path, Policy)} with explicit limits on entries and expansion. */
    public static VerifyReport verifyBundle(Path archive, Policy policy, ArchiveLimits limits) throws IOException {
        return new BundleVerifier(policy, limits).verify(archive);
    }
}
