package dev.nbexport.cli;

import dev.nbexport.core.io.TemporaryFiles;
import dev.nbexport.core.notebook.NotebookSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input as a notebook source. Small inputs stay in memory; a large one is spooled to a
 * private temporary file, so that piping a 1 GB notebook needs no 1 GB heap.
 */
final class StdinSource implements AutoCloseable {

    static final String NAME = "<stdin>";
    private static final int IN_MEMORY_LIMIT = 16 << 20;

    private final NotebookSource source;
    private final Path spool;

    private StdinSource(NotebookSource source, Path spool) {
        this.source = source;
        this.spool = spool;
    }

    static StdinSource read(InputStream in) throws IOException {
        return read(in, NAME);
    }

    /** Reads {@code in} as the notebook {@code name}, the name its errors give. */
    static StdinSource read(InputStream in, String name) throws IOException {
        byte[] head = in.readNBytes(IN_MEMORY_LIMIT);
        if (head.length < IN_MEMORY_LIMIT) {
            return new StdinSource(NotebookSource.of(name, head), null);
        }
        Path spool = TemporaryFiles.track(() -> Files.createTempFile("nbexport-stdin-", ".ipynb"));
        try (OutputStream out = Files.newOutputStream(spool)) {
            out.write(head);
            in.transferTo(out);
        } catch (IOException e) {
            TemporaryFiles.remove(spool);
            throw e;
        }
        return new StdinSource(NotebookSource.of(spool, name), spool);
    }

    NotebookSource source() {
        return source;
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            TemporaryFiles.remove(spool);
        }
    }
}
