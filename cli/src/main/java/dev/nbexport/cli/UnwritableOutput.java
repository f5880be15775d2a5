package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Path;

/** An output file that could not be written, so that the report names it rather than the input it came from. */
final class UnwritableOutput extends IOException {

    private final transient Path file;

    UnwritableOutput(Path file, IOException cause) {
        super(cause);
        this.file = file;
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
