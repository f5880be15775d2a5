package dev.nbexport.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The temporary files this process has made and not yet moved into place or removed. A command-line
 * run asks for them to be removed when the process is stopped (Ctrl-C, {@code kill}), so that an
 * interrupted run leaves no hidden files beside the notebooks; only a hard kill can leave one. A
 * library user (the Maven plugin) does not: its JVM outlives the work, whose own cleanup suffices.
 */
public final class TemporaryFiles {

    /** Makes a temporary file and returns its path, or null when it made none (the name was taken). */
    @FunctionalInterface
    public interface Creation {
        Path create() throws IOException;
    }

    /** A write that may fail as I/O fails. */
    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }

    /**
     * The most of a file's name, in UTF-8 bytes, that the name of a temporary file beside it repeats:
     * a file system limits a name to 255 bytes (143 under eCryptfs), which a notebook's own name may
     * nearly fill, so the whole of it with a suffix could not be created.
     */
    static final int NAME_BYTES_KEPT = 64;

    private static volatile Consumer<String> say = message -> { };
    private static final LiveFiles LIVE = new LiveFiles(LiveFiles.STOP_WAIT, message -> say.accept(message));
    private static volatile boolean removeWhenStopped;
    private static boolean hookAdded;

    private TemporaryFiles() {
    }

    /**
     * How the name of a temporary file beside {@code target} starts: a dot, the target's name (its
     * first {@link #NAME_BYTES_KEPT} bytes, whole characters only) and a dot, so that a file left
     * by a hard kill says what it was for.
     */
    public static String prefixBeside(Path target) {
        String name = target.getFileName().toString();
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes > NAME_BYTES_KEPT) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return "." + name.substring(0, end) + ".";
    }

    /**
     * From now on, the files still tracked are removed when the process is stopped. A stop waits a
     * few seconds at most for a write into a notebook with other names to end; for one that has not,
     * it leaves the whole copy that write relies on and tells {@code say}, in one line, which
     * notebook it was and where the copy is.
     */
    public static void removeWhenStopped(Consumer<String> say) {
        TemporaryFiles.say = say;
        removeWhenStopped = true;
    }

    /** Makes a temporary file through {@code creation} and takes it in charge until {@link #release}. */
    public static Path track(Creation creation) throws IOException {
        addHookIfAsked();
        return LIVE.track(creation);
    }

    /**
     * Writes into {@code file} through {@code write} while {@code copy}, the temporary file in
     * charge, is the only whole copy of the new content: a stop waits for the write to end, rather
     * than remove that copy and leave the file half written (and, past its wait, keeps the copy).
     */
    public static void relyingOnCopy(Path file, Path copy, IoAction write) throws IOException {
        LIVE.relyingOn(file, copy, write);
    }

    /** {@code file} was moved into place or removed: nothing to do for it any more. */
    public static void release(Path file) {
        LIVE.release(file);
    }

    /** Removes {@code file} if it is there, and releases it. */
    public static void remove(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            release(file);
        }
    }

    private static synchronized void addHookIfAsked() {
        if (removeWhenStopped && !hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(LIVE::stop, "nbexport-temporary-files"));
            hookAdded = true;
        }
    }
}
