package dev.nbexport.cli;

import static dev.nbexport.cli.Specs.flag;
import static dev.nbexport.cli.Specs.isSet;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.files.Cores;
import dev.nbexport.core.files.FileTasks;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.io.FileState;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.Printable;
import dev.nbexport.core.report.StandIn;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.core.strip.StripStats;
import dev.nbexport.core.strip.ZeppelinStripper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class StripCommand implements Callable<Integer> {

    private final OptionSpec dryRun = flag("Print which notebooks would be stripped; write nothing.", "--dry-run");
    private final OptionSpec verify = flag("Like --dry-run, and exit 1 if any notebook would be stripped.", "--verify");
    private final OptionSpec check = flag("List the notebooks that would change and exit 1 if any; write nothing.", "--check");
    private final OptionSpec textconv = flag("Print the stripped notebooks to standard output; files stay as they are.",
            "-t", "--textconv");
    private final OptionSpec force = flag("Strip files whatever their extension (in directories too).", "-f", "--force");
    private final OptionSpec mode = Specs.option(String.class, "MODE",
            "jupyter or zeppelin (every paragraph's results emptied); by default zeppelin for .zpln files"
                    + " and jupyter for any other.", "-m", "--mode").build();
    private final OptionSpec outputDir = Specs.option(Path.class, "DIR",
            "Write stripped copies under DIR, mirroring the tree; originals are untouched.", "--output-dir").build();
    private final OptionSpec stdinFilename = Specs.option(Path.class, "PATH",
            "Where the notebook read from standard input lives: its policy is looked up from there, and messages name it"
                    + " (git's one-shot clean filter passes the notebook's path).", "--stdin-filename").build();
    private final PositionalParamSpec paths = Specs.positionals(Path.class, "0..*", "PATH", "Notebooks and directories.");
    private final CommandSpec spec;
    private final PolicyOptions policy;
    private final RunOptions run;
    private final Io io;

    StripCommand(Io io) {
        this.io = io;
        spec = Specs.command(this, "strip",
                "Strip outputs, execution counts and metadata from notebooks, in place.",
                "Directories are searched recursively for *.ipynb, skipping Jupyter's checkpoints, JupyterLab's language-server copies and VCS folders.",
                "With no PATH, reads a notebook from standard input and writes the stripped notebook to standard output.",
                "Unchanged files are not rewritten; writes are atomic; a bad file is reported and left as it was.");
        Specs.examples(spec,
                "  nbexport strip analysis.ipynb           strip one notebook in place",
                "  nbexport strip notebooks/               every notebook below notebooks/",
                "  nbexport strip < in.ipynb > out.ipynb   standard input to standard output",
                "  nbexport strip -t analysis.ipynb        print it stripped (git textconv)",
                "  nbexport strip --check notebooks/       list those that would change; exit 1",
                "  nbexport strip --preset export --output-dir out/ notebooks/");
        policy = new PolicyOptions(spec);
        Specs.add(spec, dryRun, verify, check, textconv, force, mode, outputDir, stdinFilename);
        run = new RunOptions(spec);
        Specs.add(spec, paths);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        if (isSet(textconv) && outputDir() != null) {
            throw new UsageException("--textconv and --output-dir do not go together");
        }
        String mode = Specs.value(this.mode);
        if (mode != null && !mode.equals("jupyter") && !mode.equals("zeppelin")) {
            throw new UsageException("--mode must be jupyter or zeppelin, not '" + mode + "'");
        }
        if (Specs.value(stdinFilename) != null && !Specs.values(paths).isEmpty()) {
            throw new UsageException("--stdin-filename names standard input's notebook: give it without a PATH");
        }
        Problems problems = new Problems(io.err(), run.verbose());
        PolicyResolver resolver = policy.resolver(Preset.NBSTRIPOUT, problems);
        if (Specs.values(paths).isEmpty()) {
            stripStandardInput(resolver, problems);
        } else {
            stripFiles(resolver, problems);
        }
        return problems.exitCode();
    }

    private Path outputDir() {
        return Specs.value(outputDir);
    }

    /** Whether {@code file} (null for standard input without a name) is a Zeppelin note: as --mode says, or by its name. */
    private boolean zeppelin(Path file) {
        String mode = Specs.value(this.mode);
        return mode != null ? mode.equals("zeppelin") : file != null && NotebookFiles.isZeppelinNote(file);
    }

    private boolean writesNothing() {
        return isSet(dryRun) || isSet(verify) || isSet(check);
    }

    private void stripStandardInput(PolicyResolver resolver, Problems problems) throws IOException {
        Path given = Specs.value(stdinFilename);
        Path named = given == null ? null : given.normalize();
        String name = named != null ? named.toString() : StdinSource.NAME;
        if (io.terminal() && given == null) {
            // A person typed the command without a path: say what it waits for, not hang in silence.
            problems.note("reading a notebook from standard input, to print it stripped (end it with Ctrl-D);"
                    + " to strip files in place, name them or their folder: nbexport strip notebooks/");
        }
        StripResult result;
        try (StdinSource stdin = StdinSource.read(io.in(), name)) {
            result = zeppelin(named) ? ZeppelinStripper.strip(stdin.source())
                    : Nbexport.strip(stdin.source(), resolver.forPath(named != null ? named : Paths.get("")));
        } catch (InvalidNotebookException e) {
            problems.report(named != null ? name : "No valid notebook detected on stdin", e);
            return;
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            problems.report(name, e);
            return;
        }
        if ((isSet(dryRun) || isSet(verify)) && result.changed()) {
            io.out().println("Dry run: would have stripped input from stdin");
        } else if (isSet(check) && result.changed()) {
            io.out().println(Printable.escape(name));
        }
        if (writesNothing()) {
            if ((isSet(verify) || isSet(check)) && result.changed()) {
                problems.raise(ExitCode.FINDINGS);
            }
            return;
        }
        io.out().write(result.bytes());
        io.out().flush();
    }

    private void stripFiles(PolicyResolver resolver, Problems problems) {
        List<Target> targets = targets(problems);
        Tally tally = new Tally();
        int workers = isSet(textconv) ? 1 : run.jobs(!writesNothing());
        try (Progress progress = Progress.start(io, "stripping", targets.size(), totalSize(targets), run.quiet() || isSet(textconv))) {
            FileTasks.run(targets, workers, target -> strip(target.file(), target.target(), resolver),
                    (target, result, failure) -> {
                        if (failure != null) {
                            tally.failed++;
                            problems.report(target.file().toString(), failure);
                        } else {
                            tally.add(result);
                            show(target.file(), result, problems);
                        }
                        progress.done(target.size());
                    });
        }
        if (!run.quiet() && !isSet(textconv) && !writesNothing() && !targets.isEmpty()) {
            problems.note(tally.summary(outputDir() != null));
        }
    }

    /**
     * Where the policy is looked up for {@code file}: the file itself, except that git runs a
     * textconv on a temporary copy of an old blob, outside the repository; then the current
     * directory (git runs it at the top of the work tree) holds the right project file.
     */
    private Path policyPlace(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return isSet(textconv) && !file.toAbsolutePath().normalize().startsWith(here) ? here : file;
    }

    private Stripped strip(Path file, Path target, PolicyResolver resolver) throws IOException {
        boolean writes = !writesNothing() && !isSet(textconv);
        FileState readAs = writes && target.equals(file) ? FileState.of(file) : null;
        StripResult result;
        try {
            result = Cores.compute(() -> zeppelin(file) ? ZeppelinStripper.strip(NotebookSource.of(file))
                    : Nbexport.strip(NotebookSource.of(file), resolver.forPath(policyPlace(file))));
        } catch (InvalidNotebookException e) {
            if (!isSet(textconv) || writesNothing()) {
                throw e;
            }
            // git diff runs the textconv on both sides of a change, and shows no diff at all when it
            // fails: a notebook it cannot read (a merge conflict's markers) stands as one line. Never
            // as it is: its outputs would reach diffs, logs and patches that people pass on.
            String line = "<notebook not shown, as it cannot be read: " + e.getMessage() + "; " + StandIn.of(file) + ">\n";
            return new Stripped(false, StripStats.NONE, line.getBytes(StandardCharsets.UTF_8), e.getMessage());
        }
        if (writes) {
            try {
                Nbexport.writeStripped(file, target, result, readAs);
            } catch (AtomicFiles.ChangedMeanwhileException e) {
                throw e;
            } catch (IOException e) {
                throw new UnwritableOutput(target, e);
            }
        }
        return new Stripped(result.changed(), result.stats(), isSet(textconv) && !writesNothing() ? result.bytes() : null, null);
    }

    /**
     * What the report needs of a stripped file. The bytes go only to a textconv's standard output:
     * elsewhere, kept while the file waits for its turn in the report, they would only fill memory.
     * A textconv shows a file it could not read as one line, and says why ({@code unreadable}).
     */
    private record Stripped(boolean changed, StripStats stats, byte[] output, String unreadable) {
    }

    private void show(Path file, Stripped result, Problems problems) {
        if (result.unreadable() != null) {
            problems.note(file + ": " + result.unreadable() + "; shown as one line");
        }
        if (result.output() != null) {
            io.out().write(result.output(), 0, result.output().length);
            io.out().flush();
        } else if (isSet(dryRun) || isSet(verify)) {
            if (result.changed()) {
                io.out().println("Dry run: would have stripped " + Printable.escape(file.toString()));
            }
        } else if (isSet(check)) {
            if (result.changed()) {
                io.out().println(Printable.escape(file.toString()));
            }
        } else if (run.verbose()) {
            problems.note((result.changed() ? "stripped " : "unchanged ") + file + describe(result.stats()));
        }
        if ((isSet(verify) || isSet(check)) && result.changed()) {
            problems.raise(ExitCode.FINDINGS);
        }
    }

    /** The files to strip, each with where its result goes. */
    private List<Target> targets(Problems problems) {
        List<Target> targets = new ArrayList<>();
        CopyTargets copies = new CopyTargets();
        List<Path> roots = Specs.values(paths);
        Predicate<Path> firstMeeting = NamedFiles.firstMeeting(roots);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                for (Path file : NotebookFiles.walk(root, this::isOutputDir, file -> isSet(force) || NotebookFiles.isNotebook(file))) {
                    add(targets, copies, firstMeeting, file, outputDir() == null ? file : outputDir().resolve(root.relativize(file)));
                }
            } else if (!NamedFiles.isRegularFile(root, problems)) {
                // reported
            } else if (isSet(force) || NotebookFiles.isNotebook(root) || NotebookFiles.isZeppelinNote(root)) {
                add(targets, copies, firstMeeting, root, outputDir() == null ? root : outputDir().resolve(root.getFileName()));
            } else if (!run.quiet()) {
                problems.note("skipped " + root + ": not a .ipynb or .zpln file (use -f to strip it anyway)");
            }
        }
        return targets;
    }

    /** Whether {@code folder} is where the copies go: one inside a folder stripped holds the last run's copies. */
    private boolean isOutputDir(Path folder) {
        return outputDir() != null && NamedFiles.identity(folder).equals(NamedFiles.identity(outputDir()));
    }

    /** Adds a file the first time it is met. */
    private void add(List<Target> targets, CopyTargets copies, Predicate<Path> firstMeeting, Path file, Path target) {
        if (firstMeeting.test(file) && (outputDir() == null || copies.add(file, target))) {
            targets.add(new Target(file, target, Progress.sizeOf(io, file)));
        }
    }

    /** A file to strip, where its result goes, and its size before (for the progress display; 0 without one). */
    private record Target(Path file, Path target, long size) {
    }

    private static long totalSize(List<Target> targets) {
        return targets.stream().mapToLong(Target::size).sum();
    }

    static String describe(StripStats stats) {
        List<String> parts = new ArrayList<>();
        count(parts, stats.outputs(), "output");
        count(parts, stats.images(), "image");
        count(parts, stats.attachments(), "attachment");
        count(parts, stats.dataUris(), "data URI");
        count(parts, stats.cells(), "cell");
        count(parts, stats.metadataKeys(), "metadata key");
        return parts.isEmpty() ? "" : ": removed " + String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    /** Totals for the closing line. Only touched from the thread that collects results. */
    private static final class Tally {
        private int done;
        private int changed;
        private int failed;
        private StripStats stats = StripStats.NONE;

        void add(Stripped result) {
            done++;
            if (result.changed()) {
                changed++;
            }
            stats = stats.plus(result.stats());
        }

        private static String notebooks(int count) {
            return count + " notebook" + (count == 1 ? "" : "s");
        }

        /** What was done to how many files; those that failed are reported above. */
        String summary(boolean copies) {
            String verb = copies ? "wrote stripped copies of " + notebooks(done) : "stripped " + changed + " of " + notebooks(done + failed);
            return verb + describe(stats) + (stats.bytesRemoved() > 0 ? " (" + Bytes.human(stats.bytesRemoved()) + ")" : "")
                    + (failed > 0 ? "; " + failed + " failed" : "");
        }
    }
}
