package dev.nbexport.core.git;

import dev.nbexport.core.notebook.NotebookSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server side of git's long-running filter process protocol (version 2, see "Long Running
 * Filter Process" in {@code git help gitattributes}). Git starts the process once per command and
 * sends it every file to clean: each answer is {@code status=success} with the cleaned content,
 * or {@code status=error} for that file alone. Smudge is offered and passes content through, so
 * that a {@code required} filter does not fail checkouts. Each file's content is held in memory up
 * to a limit and spooled to a temporary file past it.
 */
public final class FilterServer {

    /** Cleans one file. Any exception fails that file only. */
    @FunctionalInterface
    public interface Cleaner {
        byte[] clean(String pathname, NotebookSource content) throws IOException;
    }

    /** Told about each file that could not be cleaned (the server has answered it with an error). */
    @FunctionalInterface
    public interface Failures {
        void failed(String pathname, Throwable problem);
    }

    /**
     * Default in-memory limit for one file's content: larger files are spooled to disk. At most
     * 512 MB, and an eighth of the heap: the content must leave room for cleaning it, and content
     * that did not fit would end the process, not fail alone.
     */
    public static final long DEFAULT_IN_MEMORY_LIMIT = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 8);

    private static final List<String> SUPPORTED = List.of("clean", "smudge");

    private final PktLine.Reader reader;
    private final PktLine.Writer writer;
    private final Cleaner cleaner;
    private final Failures failures;
    private final long inMemoryLimit;

    public FilterServer(InputStream in, OutputStream out, Cleaner cleaner, Failures failures) {
        this(in, out, cleaner, failures, DEFAULT_IN_MEMORY_LIMIT);
    }

    public FilterServer(InputStream in, OutputStream out, Cleaner cleaner, Failures failures, long inMemoryLimit) {
        this.reader = new PktLine.Reader(new BufferedInputStream(in, 1 << 16));
        this.writer = new PktLine.Writer(new BufferedOutputStream(out, 1 << 16));
        this.cleaner = cleaner;
        this.failures = failures;
        this.inMemoryLimit = inMemoryLimit;
    }

    /**
     * Runs the handshake, then answers requests until git closes the input.
     *
     * @throws PktLine.ProtocolException when git breaks the protocol
     * @throws IOException               when the streams fail
     */
    public void run() throws IOException {
        handshake();
        for (byte[] first = reader.readOrEnd(); first != PktLine.END; first = reader.readOrEnd()) {
            Map<String, String> request = new LinkedHashMap<>();
            if (first != null) {
                put(request, PktLine.text(first));
                for (String line : reader.readTextList()) {
                    put(request, line);
                }
            }
            try (Spool content = new Spool(inMemoryLimit)) {
                reader.readContent(content);
                answer(request, content);
            }
        }
    }

    private void handshake() throws IOException {
        List<String> hello = reader.readTextList();
        if (hello.isEmpty() || !hello.get(0).equals("git-filter-client")) {
            throw new PktLine.ProtocolException("expected git-filter-client, got " + hello);
        }
        if (!hello.contains("version=2")) {
            throw new PktLine.ProtocolException("git offers no protocol version 2: " + hello);
        }
        writer.text("git-filter-server");
        writer.text("version=2");
        writer.flush();
        List<String> offered = reader.readTextList();
        for (String capability : SUPPORTED) {
            if (offered.contains("capability=" + capability)) {
                writer.text("capability=" + capability);
            }
        }
        writer.flush();
    }

    private void answer(Map<String, String> request, Spool content) throws IOException {
        String command = request.getOrDefault("command", "");
        String pathname = request.getOrDefault("pathname", "");
        switch (command) {
            case "clean" -> {
                byte[] cleaned;
                try {
                    cleaned = cleaner.clean(pathname, content.source(pathname));
                } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // One notebook too deep or too large for the heap fails alone; git goes on with the others.
                    failures.failed(pathname, e);
                    error();
                    return;
                }
                success();
                writer.content(cleaned, 0, cleaned.length);
            }
            case "smudge" -> {
                success();
                try (InputStream in = content.source(pathname).open()) {
                    writer.content(in);
                }
            }
            default -> {
                failures.failed(pathname, new PktLine.ProtocolException("unknown filter command '" + command + "'"));
                error();
                return;
            }
        }
        writer.flush();
        writer.flush(); // an empty status list: the status stays "success"
    }

    private void success() throws IOException {
        writer.text("status=success");
        writer.flush();
    }

    private void error() throws IOException {
        writer.text("status=error");
        writer.flush();
    }

    private static void put(Map<String, String> request, String line) {
        int equals = line.indexOf('=');
        if (equals > 0) {
            request.putIfAbsent(line.substring(0, equals), line.substring(equals + 1));
        }
    }
}
