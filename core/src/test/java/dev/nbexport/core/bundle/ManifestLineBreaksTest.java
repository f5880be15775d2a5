package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A manifest is the same bytes whichever system wrote it: the gate lays out the values it reads as
 * the bundler does and hashes the policy's settings so, and a bundle made on Windows, whose line
 * separator is CR LF, is checked on Linux and the other way round.
 */
class ManifestLineBreaksTest {

    private static final String MANIFEST = "{\"tool\":{\"name\":\"nbexport\",\"version\":\"1\"},\"entries\":[{\"path\":\"a.py\",\"size\":1}]}";

    /** Writes the manifest above as the bundler lays it out, in hex, under the line separator this JVM was given. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            System.out.print(HexFormat.of().formatHex(Manifest.bytes(Manifest.read(MANIFEST.getBytes(StandardCharsets.UTF_8)))));
        }
    }

    @Test
    void aManifestIsLaidOutTheSameUnderWindowsLineSeparators() throws Exception {
        JsonNode manifest = Manifest.read(MANIFEST.getBytes(StandardCharsets.UTF_8));
        String here = HexFormat.of().formatHex(Manifest.bytes(manifest));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process windows = new ProcessBuilder(java, "-Dline.separator=\r\n", "-cp", System.getProperty("java.class.path"),
                Writer.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String there = new String(windows.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        windows.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, windows.exitValue());
        assertEquals(here, there);
    }
}
