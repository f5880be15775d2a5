package dev.nbexport.core.git;

import dev.nbexport.core.io.TemporaryFiles;
import dev.nbexport.core.notebook.NotebookSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file's content as git sends it: kept in memory up to a limit, then moved to a private
 * temporary file, deleted on {@link #close()}.
 */
final class Spool extends OutputStream {

    private final long inMemoryLimit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    Spool(long inMemoryLimit) {
        this.inMemoryLimit = inMemoryLimit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (fileOut == null && memory.size() + (long) length > inMemoryLimit) {
            file = TemporaryFiles.track(() -> Files.createTempFile("nbexport-filter-", ".ipynb"));
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(bytes, offset, length);
        } else {
            memory.write(bytes, offset, length);
        }
    }

    /** The content so far, as a notebook source named {@code name}. */
    NotebookSource source(String name) throws IOException {
        if (fileOut != null) {
            fileOut.flush();
            return NotebookSource.of(file, name);
        }
        return NotebookSource.of(name, memory.toByteArray());
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            TemporaryFiles.remove(file);
        }
    }
}
