package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.io.Folders;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.report.VerifyReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Accepting a value is as if the value were not there: whatever else a file holds is found as it
 * would be without it. Files of code lines holding keys, addresses, passwords in URLs, keys run
 * on into base64 and the same key many times over (past the count a rule reports one by one).
 */
class AcceptanceProperties {

    private static final List<String> KEYS = List.of("AKIAQWERTYUIOPASDFGH", "AKIAIEQH746YNG7BY3A4", "AKIAZ7Y6X5W4V3U2T2SR");
    private static final List<String> MAILS = List.of("jane.doe@acme-corp.de", "ann.lee@example-corp.de");
    private static final String BLOB;

    static {
        byte[] random = new byte[1200];
        new Random(11).nextBytes(random);
        BLOB = Base64.getEncoder().encodeToString(random);
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> key = Arbitraries.of(KEYS);
        Arbitrary<String> line = Arbitraries.oneOf(
                key.map(k -> "key = '" + k + "'"),
                Arbitraries.of(MAILS).map(m -> "mail = '" + m + "'"),
                key.map(k -> "url = 'postgresql://" + k + ":Xk9vQ2mLp7RtZ4wB@db:5432/prod'"),
                key.map(k -> "token = '" + k + "/" + BLOB + "'"),
                key.map(k -> ("key = '" + k + "'\n").repeat(110).strip()),
                Arbitraries.of("x = x + 1", "def f(a):", "    return a * 2", "# a comment"));
        return line.list().ofMinSize(1).ofMaxSize(8).map(lines -> String.join("\n", lines) + "\n");
    }

    @Property(tries = 120)
    void acceptingAValuePassesNoMoreThanRemovingItWould(@ForAll("files") String code, @ForAll int pick) throws Exception {
        Path project = Files.createTempDirectory("nbexport-acceptance-");
        try {
            Path file = Files.writeString(project.resolve("a.py"), code);
            Files.writeString(project.resolve(".nbexport.yaml"), "preset: export\n");
            List<Finding> found = verify(file);
            List<Finding> acceptable = found.stream().filter(Acceptances::canBeAccepted).toList();
            Assume.that(!acceptable.isEmpty());
            Finding chosen = acceptable.get(Math.floorMod(pick, acceptable.size()));
            Optional<String> value = plantedValue(chosen.sha256());
            Assume.that(value.isPresent());

            Files.writeString(project.resolve(".nbexport.yaml"), "preset: export\nverify:\n  accepted:\n"
                    + "    - {file: a.py, rule: " + chosen.rule().id() + ", sha256: \"" + chosen.sha256() + "\", reason: reviewed}\n");
            List<Finding> accepting = verify(file);
            Files.writeString(file, code.replace(value.get(), "redacted"));
            Files.writeString(project.resolve(".nbexport.yaml"), "preset: export\n");
            List<Finding> without = verify(file);

            assertEquals(places(found), places(accepting), "an acceptance hides no finding");
            if (!new VerifyReport(1, without).passes(true)) {
                assertFalse(new VerifyReport(1, accepting).passes(true),
                        "passes with " + chosen.rule().id() + " accepted, but not without the value: " + without);
            }
        } finally {
            Folders.deleteTree(project);
        }
    }

    private static List<Finding> verify(Path file) throws Exception {
        return Nbexport.verifyFile(file, new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { }).forPath(file));
    }

    /** Each finding by rule, line and hash: what the report shows, accepted or not. */
    private static List<String> places(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + "@" + f.line() + ":" + f.sha256()).sorted().collect(Collectors.toList());
    }

    /** The planted value whose SHA-256 is {@code sha256}, if the finding is of one of them as a whole. */
    private static Optional<String> plantedValue(String sha256) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String value : java.util.stream.Stream.concat(KEYS.stream(), MAILS.stream()).toList()) {
            if (HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8))).equals(sha256)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
