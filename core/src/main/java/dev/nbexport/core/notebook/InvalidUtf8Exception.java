package dev.nbexport.core.notebook;

import java.io.IOException;

/** A stream's bytes stopped being strict UTF-8 at {@link #offset()}; see {@link NotebookReader#checkingUtf8}. */
public final class InvalidUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    InvalidUtf8Exception(long offset) {
        super("not valid UTF-8 at byte " + offset);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
