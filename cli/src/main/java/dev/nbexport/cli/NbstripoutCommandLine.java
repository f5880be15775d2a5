package dev.nbexport.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * nbstripout's command line, run as nbexport's. The launcher, called by the name nbstripout, passes
 * {@code nbstripout ARGS}. Stripping flags go to {@code strip} unchanged (they share names and
 * meanings); nbstripout's other tasks become {@code git install|uninstall|status} and
 * {@code --version}, with nbstripout's exit codes for {@code --status} and {@code --is-installed}.
 */
final class NbstripoutCommandLine {

    /** nbstripout's tasks other than stripping, which strip's help does not list. */
    static final String TASKS_HELP = """

            Called as nbstripout, also:
              --install, --uninstall   set up git, or undo it (nbexport git install|uninstall)
              --status, --is-installed show, or tell by the exit code, whether it is set up
                with --global, --system, --attributes FILE as for nbexport git install
              --version                print the version""";

    /** The first argument by which the launcher says it was called as nbstripout. */
    static final String NAME = "nbstripout";

    /** nbstripout's tasks (it takes at most one), each with the nbexport command that does it. */
    enum Task {
        STRIP(null, "strip"),
        INSTALL("--install", "git", "install"),
        UNINSTALL("--uninstall", "git", "uninstall"),
        STATUS("--status", "git", "status"),
        IS_INSTALLED("--is-installed", "git", "status"),
        VERSION("--version", "--version");

        private final String flag;
        private final List<String> command;

        Task(String flag, String... command) {
            this.flag = flag;
            this.command = List.of(command);
        }

        boolean setsUpGit() {
            return this == INSTALL || this == UNINSTALL || this == STATUS || this == IS_INSTALLED;
        }

        /** nbstripout answers "installed?" with 0 or 1 only: "not a repository" is not installed either. */
        boolean answersInstalled() {
            return this == STATUS || this == IS_INSTALLED;
        }
    }

    /** nbexport's arguments for an nbstripout command line, its task, and notes for the user. */
    record Translation(Task task, List<String> args, List<String> notes) {
    }

    private NbstripoutCommandLine() {
    }

    static boolean calledAs(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    /**
     * Runs {@code args} (starting with {@link #NAME}) through {@code nbexport}, which points usage
     * errors at {@code nbstripout --help}, and returns the exit code.
     */
    static int run(Io io, String[] args, BiFunction<Io, String[], Integer> nbexport) {
        Translation translation;
        try {
            translation = translate(List.of(args).subList(1, args.length));
        } catch (UsageException e) {
            io.err().println(Problems.line(e.getMessage()));
            io.err().println("Run 'nbstripout --help' for usage.");
            return ExitCode.USAGE;
        }
        translation.notes().forEach(note -> io.err().println(Problems.line(note)));
        Io used = translation.task() == Task.IS_INSTALLED ? silent(io) : io;
        int code = nbexport.apply(used, translation.args().toArray(String[]::new));
        if (translation.task() == Task.STRIP && translation.args().stream().anyMatch(arg -> arg.equals("-h") || arg.equals("--help"))) {
            io.out().println(TASKS_HELP);
        }
        // Whatever kept it from telling (outside a repository, say) reads as not installed, as nbstripout has it.
        return translation.task().answersInstalled() && code != ExitCode.OK ? ExitCode.FINDINGS : code;
    }

    /** nbexport's arguments for nbstripout's {@code args}; a usage error where nbstripout's would not mean the same. */
    static Translation translate(List<String> args) {
        Task task = Task.STRIP;
        List<String> location = new ArrayList<>();
        List<String> strip = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            Task named = taskNamed(arg);
            if (arg.equals("--")) {
                strip.addAll(args.subList(i, args.size()));
                break;
            } else if (named != null) {
                if (task != Task.STRIP) {
                    throw new UsageException(task.flag + " and " + arg + " do not go together");
                }
                task = named;
            } else if (arg.equals("--global") || arg.equals("--system")) {
                location.add(arg);
            } else if (arg.equals("--attributes") || arg.equals("--python")) {
                if (i + 1 == args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                addValued(arg, args.get(++i), location, notes);
            } else if (arg.startsWith("--attributes=") || arg.startsWith("--python=")) {
                int equals = arg.indexOf('=');
                addValued(arg.substring(0, equals), arg.substring(equals + 1), location, notes);
            } else {
                strip.add(arg);
            }
        }
        List<String> translated = new ArrayList<>(task.command);
        if (task.setsUpGit()) {
            if (!strip.isEmpty()) {
                throw new UsageException(task.flag + " takes only --global, --system and --attributes FILE, not "
                        + strip.get(0));
            }
            translated.addAll(location);
        } else if (!location.isEmpty()) {
            throw new UsageException(location.get(0) + " goes with --install, --uninstall, --status or --is-installed");
        } else if (task == Task.VERSION && !strip.isEmpty()) {
            throw new UsageException("--version takes no other options, not " + strip.get(0));
        } else {
            if (task == Task.STRIP && !asksQuiet(strip)) {
                // nbstripout says nothing when it succeeds; strip would sum up what it did.
                translated.add("--quiet");
            }
            translated.addAll(strip);
        }
        return new Translation(task, List.copyOf(translated), List.copyOf(notes));
    }

    private static void addValued(String option, String value, List<String> location, List<String> notes) {
        if (option.equals("--python")) {
            // nbstripout writes "PYTHON -m nbstripout" into git's configuration; nbexport writes its launcher.
            notes.add("ignoring --python " + value + ": git runs nbexport's launcher, not a Python module");
        } else {
            location.add(option);
            location.add(value);
        }
    }

    /** Whether strip's options before any {@code --} ask for quiet already: picocli refuses a flag given twice. */
    private static boolean asksQuiet(List<String> strip) {
        for (String arg : strip) {
            if (arg.equals("--")) {
                return false;
            }
            // Grouped short flags (-qj2, -tq) up to the first one that takes a value; --quiet=true too.
            if (arg.equals("--quiet") || arg.startsWith("--quiet=") || arg.matches("-[A-Za-z]*q.*")) {
                return true;
            }
        }
        return false;
    }

    private static Task taskNamed(String arg) {
        for (Task task : Task.values()) {
            if (arg.equals(task.flag)) {
                return task;
            }
        }
        return null;
    }

    private static Io silent(Io io) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return new Io(io.in(), nowhere, nowhere, false);
    }
}
