package dev.nbexport.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyYamlReaderTest {

    @TempDir
    Path dir;

    private String problemWith(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(".nbexport.yaml"), content);
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyFile.read(file));
        return e.getMessage();
    }

    private String problemWith(String content) throws IOException {
        return problemWith(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aYamlSyntaxErrorIsOneLineWithItsPlaceAndNoExcerpt() throws IOException {
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 3, column 1: not valid YAML: expected the node content, but found '<stream end>'",
                problemWith("strip:\n  keep-count: [\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreToldWithTheirPlace() throws IOException {
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 1, column 1: not UTF-8", problemWith(new byte[] {(byte) 0xff, 'a', '\n'}));
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 2, column 5: not UTF-8",
                problemWith(new byte[] {'a', ':', ' ', '1', '\n', 'p', 'r', 'e', 's', (byte) 0xc3, '\n'}));
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 1, column 4: not UTF-8",
                problemWith(new byte[] {'#', ' ', (byte) 0xc3, (byte) 0xa9, (byte) 0xff, '\n'}));
    }

    @Test
    void aRepeatedKeyIsAnErrorNamingItAndItsLine() throws IOException {
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 2: repeated key 'preset'",
                problemWith("preset: export\npreset: nbstripout\n"));
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 3: repeated key 'keep-count'",
                problemWith("strip:\n  keep-count: true\n  keep-count: false\n"));
    }
}
