package dev.nbexport.core.notebook;

import java.io.IOException;
import java.io.InputStream;

/** Sources for tests that compare the reader's two ways of reading the same bytes. */
public final class StreamedSources {

    private StreamedSources() {
    }

    /** The bytes as a stream only: the reader cannot look at them in memory, so it takes none of its shortcuts. */
    public static NotebookSource of(String name, byte[] bytes) {
        NotebookSource inMemory = NotebookSource.of(name, bytes);
        return new NotebookSource() {
            @Override
            public String name() {
                return inMemory.name();
            }

            @Override
            public long length() {
                return inMemory.length();
            }

            @Override
            public InputStream open(long start, long end) throws IOException {
                return inMemory.open(start, end);
            }
        };
    }
}
