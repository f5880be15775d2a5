package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text of the pieces the readers look for (calls that take passwords, brackets, quotes, keys,
 * ids, table rules), cut and joined at random, is verified in bounded time: a reader that stops
 * advancing on a shape it did not expect turns one small file into a run that never ends.
 */
class VerifierTerminationProperties {

    private static final FileVerifier VERIFIER = new FileVerifier(Preset.EXPORT.policy());
    private static final List<String> PIECES = List.of(
            "Minio(", "pymysql.connect(", "cx_Oracle.connect(", ".login(", "FTP(", "odbcConnect(", "keyring.set_password(",
            "execute(\"", "DELETE FROM t WHERE id = ", "requests.get(", "docker login -p ", "--password=", "-p ",
            "(", ")", "[", "]", "{", "}", "'", "\"", "\"\"\"", ",", "=", "==", ":", ";", "|", "#", "\\", " ", "  ", "\t",
            "\n", "\r\n", "\r", "x", "user", "password", "pw", "token", "'Kx9!vR2qLm7'", "\"Ann Lee\"", "100231",
            "DE89370400440532013000", "ann.lee@example.org", "3258.16", "?token=", "://", "@", "-----BEGIN ",
            "Authorization: Basic ", "+---+", "---|---", "case_when(", "~", "->", "if ", "elif ");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 3000)
    void everyTextIsVerifiedInBoundedTime(@ForAll("texts") String text, @ForAll("names") String name) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> VERIFIER.verify(content, name, name), text);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("run.py", "analysis.R", "query.sql", "notes.md", "deploy.sh", "settings.toml", "Main.java");
    }
}
