package dev.nbexport.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Each holds Ann9Lee where YAML's own message would quote it: as an escape, a number, an anchor, an alias, a key. */
    @ParameterizedTest
    @ValueSource(strings = {
            "preset: \"export\\qAnn9Lee\"\n",
            "a: \"\\xAnn9Lee\"\n",
            "strip:\n  max-size: !!float Ann9Lee\n",
            "? &Ann9Lee [a]\n: v\n",
            "a: &Ann9Lee 1\n*Ann9Lee : v\n",
            "a: !!binary Ann9Lee$$\n",
            "strip: {extra-keys: [Ann9Lee,\n",
            "preset: export\n\tAnn9Lee: 1\n"})
    void aSyntaxErrorNamesTheFileLineAndColumnAndQuotesNothingOfTheFile(String content) throws IOException {
        String message = problemWith(content);

        assertTrue(message.startsWith(dir.resolve(".nbexport.yaml") + ": line "), message);
        assertTrue(message.matches(".*: line \\d+, column \\d+: .*"), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("Ann9Lee") || message.contains("nn9") || message.contains("Lee"), message);
    }

    @Test
    void yamlsOwnSyntaxStaysInTheMessage() throws IOException {
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 2, column 1: not valid YAML: found character '\\t(TAB)' that cannot start"
                + " any token", problemWith("preset: export\n\tstrip: {}\n"));
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 3, column 2: not valid YAML: expected <block end>, but found"
                + " '<block mapping start>'", problemWith("strip:\n  max-size: 1\n keep-count: true\n"));
    }

    @Test
    void aSecondDocumentIsAnErrorNotASettingReadByNoOne() throws IOException {
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 3, column 1: a second YAML document; a policy file holds one",
                problemWith("preset: export\n---\npreset: nbstripout\n"));
        assertEquals(dir.resolve(".nbexport.yaml") + ": line 3, column 1: not valid YAML: expected '<document start>', but found"
                + " '<block mapping start>'", problemWith("preset: export\n...\nstrip: [\n"));
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
