package dev.nbexport.maven;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.files.VerifyCache;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.AcceptListDraft;
import dev.nbexport.core.report.JsonReport;
import dev.nbexport.core.report.SarifReport;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks, independently of stripping, that notebooks hold no data under the policy, and fails the
 * build on any error finding (on warnings too with {@code failOnWarnings}). Each finding is logged
 * on one line (file, place, rule, what was found; never the data itself), and the reports are
 * written to {@code target/nbexport/} as {@code verify.txt}, {@code verify.json} and
 * {@code verify.sarif}. Files that verified clean in an earlier build and have not changed since
 * (same size, modification time, inode and change time or content hash, and policy) are not
 * verified again.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractFilesMojo {

    /** The report formats, in the order they are written. */
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "accepted");

    /**
     * The report formats written: any of {@code text}, {@code json}, {@code sarif}, and {@code accepted}
     * ({@code verify.accepted.yaml}: for the findings a reviewer may accept, entries of the policy
     * file's {@code verify.accepted}, each with a reason to write); none for an empty list. The
     * report of a format not listed that an earlier build wrote is removed; a draft of acceptances
     * stays until a build writes another, as someone may be filling in its reasons.
     */
    @Parameter(property = "nbexport.formats", defaultValue = "text,json,sarif")
    protected List<String> formats;

    /** Where the reports ({@code verify.txt}, {@code verify.json}, {@code verify.sarif}) and the cache go. */
    @Parameter(property = "nbexport.reportDirectory", defaultValue = "${project.build.directory}/nbexport")
    protected File reportDirectory;

    /** Fail the build on warning findings too, not only on errors. */
    @Parameter(property = "nbexport.failOnWarnings", defaultValue = "false")
    protected boolean failOnWarnings;

    /**
     * Skip files that verified clean in an earlier build and have not changed since. The cache,
     * {@code verify.cache} in the report directory, is keyed by path, size, modification time,
     * identity, policy and nbexport version; files with findings are always verified again. The
     * identity is the inode and change time on file systems whose change time only the kernel sets
     * (ext4, XFS, Btrfs, ZFS, tmpfs, APFS, NFS and a few more), which no tool can set back after an
     * edit; elsewhere (Windows, FAT, SMB mounts) it is a SHA-256 of the content, so the file is
     * read but not verified again. A file changed less than 2 seconds before it was read is not
     * remembered.
     */
    @Parameter(property = "nbexport.cache", defaultValue = "true")
    protected boolean useCache;

    /**
     * Data files kept outside the project (a CSV export of the CRM's customers, an Excel workbook), or
     * folders of CSV, TSV, text files and workbooks ({@code .xlsx}, {@code .xlsm}, {@code .ods}): texts holding the values of their columns that identify people (names,
     * ids, e-mails, phone numbers, IBANs) are reported as {@code known-data}, an error. Parquet and
     * legacy Excel ({@code .xls}) are not read: save as {@code .xlsx} or {@code .ods} or export those columns as CSV. Read
     * at most 64 MB of a file.
     */
    @Parameter(property = "nbexport.knownData")
    protected List<File> knownData;

    /** Skip this goal only: nothing is verified, while {@code strip} and {@code bundle} still run. */
    @Parameter(property = "nbexport.verify.skip", defaultValue = "false")
    protected boolean skipVerify;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipVerify, "nbexport.verify.skip")) {
            return;
        }
        Set<String> chosen = formats();
        PolicyResolver resolver = resolver(Preset.NBSTRIPOUT);
        List<Path> files = files();
        // Under the export preset, checking before a bundle: a project file may not loosen it here either.
        List<Path> read = new ArrayList<>(files);
        read.add(basedir());
        try {
            warnLoosened(BundlePolicy.forVerify(resolver, read, BundleMojo.LOOSENING));
        } catch (InvalidPolicyException e) {
            throw new MojoExecutionException("nbexport: " + policyProblem(e));
        }
        Path reports = reportDirectory.toPath();
        VerifyCache cache = VerifyCache.load(reports.resolve("verify.cache"));
        KnownValues known = knownValues();
        // A file that was clean against no data, or other data, is not clean against this: read every file.
        boolean useCache = this.useCache && known.isEmpty();
        List<Finding> findings = new ArrayList<>();
        Map<String, AcceptListDraft.Target> targets = new HashMap<>();
        int unchanged = 0;
        for (Path file : files) {
            Policy policy = policyFor(resolver, file);
            try {
                VerifyCache.Stamp stamp = useCache ? cache.stamp(file) : null;
                if (useCache && cache.isClean(file, stamp, policy)) {
                    unchanged++;
                    continue;
                }
                List<Finding> found = Nbexport.verifyFile(file, policy, known);
                if (useCache) {
                    cache.record(file, stamp, policy, found);
                }
                String shown = display(file);
                for (Finding f : found) {
                    findings.add(f.in(shown));
                }
                if (chosen.contains("accepted") && !found.isEmpty()) {
                    targets.put(shown, AcceptListDraft.Target.forFile(file, resolver.policyFileFor(file), basedir()));
                }
            } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
                throw new MojoExecutionException("nbexport: " + display(file) + ": " + describe(e, file));
            }
        }
        VerifyReport report = new VerifyReport(files.size(), findings);
        write(report, chosen, reports, targets);
        if (useCache) {
            try {
                cache.save();
            } catch (IOException e) {
                getLog().warn("nbexport: cannot write the verify cache: " + describe(e, null));
            }
        }
        log(findings);
        String summary = TextReport.summary(report)
                + cached(unchanged, report.filesChecked())
                + (chosen.isEmpty() ? "" : "; reports in " + display(reports));
        if (report.passes(failOnWarnings)) {
            getLog().info("nbexport: " + summary);
        }
        List<String> unreadable = findings.stream().filter(f -> f.rule() == Rule.UNREADABLE)
                .map(f -> f.file() + ": " + (TextReport.where(f).equals("file") ? "" : TextReport.where(f) + ": ")
                        + f.message())
                .toList();
        if (!unreadable.isEmpty()) {
            throw new MojoExecutionException("nbexport: not a notebook nbexport can read: " + String.join("; ", unreadable));
        }
        if (!report.passes(failOnWarnings)) {
            long count = failOnWarnings ? report.errors() + report.warnings() : report.errors();
            throw failure(summary + ". " + count + (count == 1 ? " finding above fails" : " findings above fail") + " the build"
                    + (failOnWarnings ? " (failOnWarnings)" : "")
                    + "; strip the notebooks under the same policy (" + stripCommand()
                    + "); what stripping keeps (data in sources, other files) must be moved out by hand");
        }
    }

    /** The values of the data files {@code knownData} names, said in the log. */
    private KnownValues knownValues() throws MojoExecutionException {
        if (knownData == null || knownData.isEmpty()) {
            return KnownValues.NONE;
        }
        List<Path> paths = new ArrayList<>();
        for (File file : knownData) {
            if (!file.exists()) {
                throw new MojoExecutionException("nbexport: <knownData>: " + display(file.toPath()) + ": no such file or folder");
            }
            paths.add(file.toPath());
        }
        try {
            KnownValues known = Nbexport.knownValues(List.of(), paths);
            getLog().info("nbexport: " + known.summary());
            return known;
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("nbexport: <knownData>: " + describe(e, null));
        }
    }

    private Set<String> formats() throws MojoExecutionException {
        Set<String> chosen = new LinkedHashSet<>();
        for (String format : formats == null ? List.<String>of() : formats) {
            for (String word : format.split("[,\\s]+")) {
                String name = word.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!FORMATS.contains(name)) {
                    throw new MojoExecutionException("nbexport: <formats>: unknown report format '" + word
                            + "' (text, json, sarif, accepted)");
                }
                chosen.add(name);
            }
        }
        return chosen;
    }

    /** The name of a format's report in the report directory. */
    private static String reportName(String format) {
        return "verify." + switch (format) {
            case "text" -> "txt";
            case "accepted" -> "accepted.yaml";
            default -> format;
        };
    }

    /**
     * Writes the chosen reports and removes those of the other formats that an earlier build left,
     * so that the report directory holds this build's reports only; a draft of acceptances stays.
     */
    private void write(VerifyReport report, Set<String> chosen, Path directory, Map<String, AcceptListDraft.Target> targets)
            throws MojoExecutionException {
        for (String format : FORMATS) {
            Path file = directory.resolve(reportName(format));
            if (!chosen.contains(format)) {
                if (format.equals("accepted")) {
                    continue; // a draft is for someone to fill in, maybe in place: it is no report to go stale
                }
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new MojoExecutionException("nbexport: cannot remove the earlier report " + display(file) + ": "
                            + describe(e, file));
                }
                continue;
            }
            String rendered = switch (format) {
                case "json" -> JsonReport.render(report);
                case "sarif" -> SarifReport.render(report);
                case "accepted" -> AcceptListDraft.render(report.findings(), finding -> targets.get(finding.file()));
                default -> TextReport.render(report);
            };
            try {
                AtomicFiles.writeIfDifferent(file, rendered.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MojoExecutionException("nbexport: cannot write " + display(file) + ": " + describe(e, file));
            }
        }
    }

    /** What the summary says of the files the cache answered for: they count as checked, so not "skipped". */
    static String cached(long unchanged, long checked) {
        if (unchanged == 0) {
            return "";
        }
        if (unchanged == checked) {
            return checked == 1 ? "; unchanged since a build found it clean" : "; all unchanged since a build found them clean";
        }
        return "; " + unchanged + " of them unchanged since a build found them clean";
    }
}
