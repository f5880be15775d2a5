package dev.nbexport.cli;

import dev.nbexport.core.files.FileTasks;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress display on stderr for runs longer than about a second: files done, bytes,
 * and the time left. Only on an interactive terminal, never in CI or when output is piped, so
 * logs and hooks stay clean. Thread-safe; redraws at most ten times a second.
 */
final class Progress implements AutoCloseable {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final String verb;
    private final int totalFiles;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private final boolean enabled;
    private int files;
    private long bytes;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, String verb, int totalFiles, long totalBytes, boolean enabled) {
        this.err = err;
        this.verb = verb;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.enabled = enabled;
    }

    /** A display that shows only on a terminal, and not when {@code quiet}. */
    static Progress start(Io io, String verb, int totalFiles, long totalBytes, boolean quiet) {
        return new Progress(io.err(), verb, totalFiles, totalBytes, io.terminal() && !quiet);
    }

    /** Whether this process talks to a person: a terminal, not CI, not a dumb terminal. */
    static boolean interactive() {
        return System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"))
                && terminal(System.console(), ConsoleIsTerminal.METHOD) && !errorRedirected(Path.of("/proc/self/fd/2"));
    }

    /**
     * Whether standard error, where the display is drawn, goes elsewhere than a terminal
     * ({@code 2>log} typed at one): the console stands for input and output only. Told on Linux
     * by what its descriptor links to; where that cannot be read, not redirected.
     */
    static boolean errorRedirected(Path descriptor) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return !target.startsWith("/dev/pts/") && !target.startsWith("/dev/tty") && !target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * Whether {@code console} is a terminal. There is none without a console. From JDK 22 there is
     * a console even when input or output is redirected, and its {@code isTerminal} tells; before,
     * a console means a terminal. No lambda: linking one costs a start on a terminal milliseconds.
     */
    static boolean terminal(Object console, Method isTerminal) {
        if (console == null || isTerminal == null) {
            return console != null;
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // the display is a nicety: without an answer, none
        }
    }

    /** {@code Console.isTerminal()} where the runtime has it (JDK 22+; this compiles for 17), else null; looked up once. */
    static final class ConsoleIsTerminal {
        static final Method METHOD = lookUp();

        private ConsoleIsTerminal() {
        }

        private static Method lookUp() {
            if (Runtime.version().feature() < 22) {
                return null;
            }
            try {
                return Console.class.getMethod("isTerminal");
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }

    /** A file's size for the display: 0 when there is no display or the size cannot be read. */
    static long sizeOf(Io io, Path file) {
        return io.terminal() ? FileTasks.sizeOf(file) : 0;
    }

    synchronized void done(long fileBytes) {
        files++;
        bytes += fileBytes;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = bytes / Math.max(seconds, 1e-3);
        long left = rate > 0 ? Math.round((totalBytes - bytes) / rate) : 0;
        err.print(String.format(Locale.ROOT, "\r%s %d/%d files, %s of %s, %d s left   ", verb, files, totalFiles,
                Bytes.human(bytes), Bytes.human(totalBytes), left));
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(72) + "\r");
            err.flush();
        }
    }
}
