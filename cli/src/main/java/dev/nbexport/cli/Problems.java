package dev.nbexport.cli;

import dev.nbexport.core.files.Cores;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.report.Printable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports per-file problems as one line each ({@code nbexport: FILE: PLACE: PROBLEM}) and keeps
 * the worst exit code seen. Stack traces only with {@code --verbose}. Thread-safe.
 */
final class Problems {

    private static final String MORE_HEAP = "set more with JAVA_OPTS=-Xmx<size>, such as -Xmx4g";

    /** What a file too large for the heap gets: a notebook is read whole (its outputs skipped) to be written back. */
    static final String OUT_OF_MEMORY = "too large for the memory Java was given; " + MORE_HEAP;

    private final PrintStream err;
    private final boolean verbose;
    private int exitCode = ExitCode.OK;
    private final List<Failed> failed = new ArrayList<>();
    /** The policy files' problems already printed: a bad project file stops every file below it, and says so once. */
    private final Set<String> policyProblemsShown = new HashSet<>();

    /** A file that could not be worked on, and why, as its line said. */
    record Failed(String file, String problem) {
    }

    Problems(PrintStream err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    synchronized void raise(int code) {
        exitCode = Math.max(exitCode, code);
    }

    synchronized int exitCode() {
        return exitCode;
    }

    /** The files reported so far as not worked on, in the order reported. */
    synchronized List<Failed> failed() {
        return List.copyOf(failed);
    }

    /** Reports {@code failure} met while working on {@code file}. */
    void report(String file, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof UnwritableOutput output) {
            cannotWrite(output.file().toString(), output.getCause());
            return;
        }
        int code;
        String message;
        if (cause instanceof InvalidNotebookException invalid) {
            code = ExitCode.INVALID_INPUT;
            message = invalid.getMessage();
        } else if (cause instanceof InvalidPolicyException policy) {
            code = ExitCode.USAGE;
            message = policyProblem(policy);
        } else if (cause instanceof NoSuchFileException) {
            code = ExitCode.INVALID_INPUT;
            message = "no such file";
        } else if (cause instanceof AccessDeniedException) {
            code = ExitCode.INVALID_INPUT;
            message = "permission denied";
        } else if (cause instanceof OutOfMemoryError outOfMemory) {
            code = ExitCode.INVALID_INPUT;
            message = Cores.tooLarge(outOfMemory, OUT_OF_MEMORY);
        } else if (cause instanceof IOException io) {
            code = ExitCode.INVALID_INPUT;
            message = reason(io);
        } else {
            code = ExitCode.INTERNAL;
            message = "internal error (" + cause.getClass().getName() + "): " + cause.getMessage()
                    + (verbose ? "" : "; run with --verbose for details");
        }
        synchronized (this) {
            if (!(cause instanceof InvalidPolicyException) || policyProblemsShown.add(message)) {
                print((file == null ? "" : file + ": ") + message);
            }
            if (verbose) {
                cause.printStackTrace(err);
            }
            raise(code);
            if (file != null) {
                failed.add(new Failed(file, message));
            }
        }
    }

    /**
     * Reports that {@code file}, an output, could not be written; {@code failure} says why, or is
     * null when the stream that failed did not say.
     */
    void cannotWrite(String file, IOException failure) {
        synchronized (this) {
            print(file + ": cannot write: " + (failure == null ? "write failed" : reason(failure)));
            if (verbose && failure != null) {
                failure.printStackTrace(err);
            }
            raise(ExitCode.INVALID_INPUT);
        }
    }

    /** Why an I/O operation failed, without the file names a {@link FileSystemException} adds to its message. */
    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystem) {
            return fileSystem.getReason() != null ? fileSystem.getReason() : fileSystem.getClass().getSimpleName();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    /**
     * The one line for running out of memory past the per-file reports, which name the file. Only
     * a full heap takes a larger {@code -Xmx}; an array over Java's 2 GB limit, say, does not.
     */
    static String outOfMemory(OutOfMemoryError e) {
        return Cores.heapWasFull(e) ? "ran out of the memory Java was given; " + MORE_HEAP : "ran out of memory (" + e.getMessage() + ")";
    }

    /** Names the settings by which the command line loosens the export preset: said even under -q, as they let more leave. */
    void noteLoosened(List<String> settings) {
        if (!settings.isEmpty()) {
            note("the command line loosens the export preset: " + String.join(", ", settings));
        }
    }

    /** A plain message on stderr, for notes that are not failures. */
    synchronized void note(String message) {
        print(message);
    }

    private void print(String message) {
        err.println(line(message));
    }

    /** What is wrong with a policy file, naming it as the command line names files: {@code .nbexport.yaml: line 2, column 3: …}. */
    static String policyProblem(InvalidPolicyException e) {
        return WorkingDirectoryPaths.shown(e.file()) + ": " + e.problem();
    }

    /** A message as the one line it is printed as: names in it cannot break it or drive the terminal. */
    static String line(String message) {
        return "nbexport: " + Printable.escape(message);
    }
}
