package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.fixtures.HostileArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate takes a manifest only as the bundler writes it: laid out as its writer lays out the
 * values it holds, its policy's hash that of the settings beside it. Either could otherwise carry
 * bytes of data that the shape check, which reads values, passes.
 */
class ManifestLayoutTest {

    private static final Map<String, byte[]> FILES = Map.of("a.py", "print('hello')\n".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private List<String> gate(byte[] manifest) throws Exception {
        Path archive = dir.resolve("b" + System.nanoTime() + ".tar.gz");
        Files.write(archive, HostileArchives.tar().file("a.py", FILES.get("a.py")).withManifest(manifest).toTarGz());
        return Nbexport.verifyBundle(archive, Preset.EXPORT.policy()).findings().stream()
                .map(f -> f.rule().id() + " " + f.pointer()).toList();
    }

    @Test
    void theManifestTheBundlerWritesPasses() throws Exception {
        assertEquals(List.of(), gate(HostileArchives.manifest(FILES)));
    }

    @Test
    void bitsHiddenInTheManifestsLayoutAreRefused() throws Exception {
        String manifest = new String(HostileArchives.manifest(FILES), StandardCharsets.UTF_8);
        String coded = manifest.replaceFirst("\n", " \t\t \t  \t \n");
        assertEquals(List.of(Rule.MANIFEST_SHAPE.id() + " "), gate(coded.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bitsHiddenInTheOrderOfAnEntrysKeysAreRefused() throws Exception {
        String manifest = new String(HostileArchives.manifest(FILES), StandardCharsets.UTF_8);
        String entry = manifest.substring(manifest.indexOf("    \"path\" : \"a.py\""), manifest.indexOf("  } ]"));
        String[] lines = entry.split("\n");
        String reordered = lines[2].replaceAll(",?$", ",") + "\n" + lines[0] + "\n" + lines[1].replaceAll(",$", "") + "\n";
        assertEquals(3, lines.length, entry);
        assertEquals(List.of(Rule.MANIFEST_SHAPE.id() + " "), gate(manifest.replace(entry, reordered).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPolicyHashThatIsNoHashOfTheSettingsIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) Manifest.read(HostileArchives.manifest(FILES));
        String hidden = HexFormat.of().formatHex("Ann Lee,C-100231,ann.lee@example.org".getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) root.get("policy")).put("sha256", (hidden + "0".repeat(64)).substring(0, 64));
        assertEquals(List.of(Rule.MANIFEST_SHAPE.id() + " /policy/sha256"), gate(Manifest.bytes(root)));
    }
}
