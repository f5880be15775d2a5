package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** What a stream holds, compared a buffer at a time. */
public final class Streams {

    private Streams() {
    }

    /** Whether {@code in}, read to its end, holds exactly {@code bytes}; stops reading at the first difference. */
    public static boolean holdsExactly(InputStream in, byte[] bytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int offset = 0;
        int read;
        while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            if (offset + read > bytes.length || !Arrays.equals(buffer, 0, read, bytes, offset, offset + read)) {
                return false;
            }
            offset += read;
        }
        return offset == bytes.length;
    }
}
