package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.fixtures.HostileArchives;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile archive is refused with its own rule, quickly, whatever it would expand to. Each
 * archive carries a manifest listing its regular files, so that its one fault is all there is to
 * find. Time is measured around the verification only (building a bomb is the test's own cost).
 */
class BundleVerifierHostileTest {

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;
    /** Small limits where the default ones would only make a test slow. */
    private static final ArchiveLimits SMALL = new ArchiveLimits(10, MIB, 4 * MIB, Long.MAX_VALUE, 0);
    private static final List<String> TIMES = new ArrayList<>();

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Archive {
        void write(OutputStream out) throws IOException;

        static Archive of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    private static Arguments hostile(String what, String fileName, Archive archive, Set<Rule> expected, ArchiveLimits limits) {
        return Arguments.of(what, fileName, archive, expected, limits);
    }

    private static Arguments hostile(String what, String fileName, byte[] archive, Rule expected) {
        return hostile(what, fileName, Archive.of(archive), Set.of(expected), ArchiveLimits.DEFAULTS);
    }

    private static byte[] code() {
        return "print('hello')\n".getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> hostileArchives() {
        byte[] tar = HostileArchives.tar().file("ok.py", code()).toTar();
        byte[] zip = HostileArchives.zip().file("ok.py", code()).toZip();
        byte[] stored = HostileArchives.zip().storedFile("good.py", code()).toZip();
        return Stream.of(
                hostile("tar.gz: .. in a name", "b.tar.gz", HostileArchives.tar().file("../evil.py", code()).withManifest(
                        HostileArchives.manifest(java.util.Map.of())).toTarGz(), Rule.ARCHIVE_PATH),
                hostile("tar.gz: absolute path", "b.tar.gz", unlisted(HostileArchives.tar().file("/etc/evil.py", code())), Rule.ARCHIVE_PATH),
                hostile("tar.gz: drive letter", "b.tar.gz", unlisted(HostileArchives.tar().file("C:/evil.py", code())), Rule.ARCHIVE_PATH),
                hostile("tar.gz: an NTFS alternate data stream", "b.tar.gz", unlisted(HostileArchives.tar().file("notes.md:hidden", code())), Rule.ARCHIVE_PATH),
                hostile("tar.gz: backslash", "b.tar.gz", unlisted(HostileArchives.tar().file("src\\..\\evil.py", code())), Rule.ARCHIVE_PATH),
                hostile("tar.gz: control character", "b.tar.gz", unlisted(HostileArchives.tar().file("a\u001b[2J.py", code())), Rule.ARCHIVE_PATH),
                hostile("tar.gz: symbolic link", "b.tar.gz", HostileArchives.tar().symlink("link.py", "/etc/passwd").toTarGz(), Rule.ARCHIVE_LINK),
                hostile("tar.gz: hard link", "b.tar.gz", HostileArchives.tar().file("a.py", code()).hardLink("b.py", "a.py").toTarGz(), Rule.ARCHIVE_LINK),
                hostile("tar.gz: character device", "b.tar.gz", HostileArchives.tar().characterDevice("dev/zero").toTarGz(), Rule.ARCHIVE_SPECIAL),
                hostile("tar.gz: block device", "b.tar.gz", HostileArchives.tar().blockDevice("dev/sda").toTarGz(), Rule.ARCHIVE_SPECIAL),
                hostile("tar.gz: FIFO", "b.tar.gz", HostileArchives.tar().fifo("pipe").toTarGz(), Rule.ARCHIVE_SPECIAL),
                hostile("tar.gz: same name twice", "b.tar.gz", HostileArchives.tar().file("a.py", code()).file("a.py", "x = 1\n").toTarGz(), Rule.ARCHIVE_DUPLICATE),
                hostile("tar.gz: names differing in case only", "b.tar.gz", HostileArchives.tar().file("A.py", code()).file("a.py", code()).toTarGz(), Rule.ARCHIVE_DUPLICATE),
                hostile("tar.gz: names equal after Unicode normalisation", "b.tar.gz",
                        HostileArchives.tar().file("caf\u00e9.py", code()).file("cafe\u0301.py", code()).toTarGz(), Rule.ARCHIVE_DUPLICATE),
                hostile("tar.gz: names equal after full case folding", "b.tar.gz",
                        HostileArchives.tar().file("stra\u00dfe.py", code()).file("strasse.py", code()).toTarGz(), Rule.ARCHIVE_DUPLICATE),
                hostile("tar.gz: a name ending in a dot, which Windows drops", "b.tar.gz",
                        unlisted(HostileArchives.tar().file("x.py.", code())), Rule.ARCHIVE_PATH),
                hostile("zip: a directory ending in a space, which Windows drops", "b.zip",
                        unlisted(HostileArchives.zip().file("src /x.py", code())), Rule.ARCHIVE_PATH),
                hostile("tar.gz: a directory entry, whose header the bundler never writes", "b.tar.gz",
                        HostileArchives.tar().directory("src").file("src/a.py", code()).toTarGz(), Rule.ARCHIVE_NOT_INCLUDED),
                // The fixture lists every entry in its manifest, the directory too, which a manifest never does.
                hostile("zip: a directory entry, whose header the bundler never writes", "b.zip",
                        Archive.of(HostileArchives.zip().file("src/", new byte[0]).file("src/a.py", code()).toZip()),
                        Set.of(Rule.ARCHIVE_NOT_INCLUDED, Rule.MANIFEST_MISMATCH), ArchiveLimits.DEFAULTS),
                hostile("tar.gz: a file where a directory must be", "b.tar.gz",
                        HostileArchives.tar().file("Makefile", code()).file("Makefile/a.py", code()).toTarGz(), Rule.ARCHIVE_DUPLICATE),
                hostile("tar.gz: a second gzip member", "b.tar.gz",
                        HostileArchives.concat(HostileArchives.tar().file("a.py", code()).toTarGz(), HostileArchives.gzip(code())), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: bytes after the tar's end, inside the gzip", "b.tar.gz",
                        HostileArchives.gzip(HostileArchives.concat(tar, "hidden".getBytes(StandardCharsets.UTF_8))), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: bytes after the gzip member", "b.tar.gz",
                        HostileArchives.concat(HostileArchives.gzip(tar), "hidden".getBytes(StandardCharsets.UTF_8)), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: a comment in the gzip header", "b.tar.gz", gzipWithComment(tar), Rule.ARCHIVE_TRAILING),
                hostile("tar: bytes after the end", "b.tar", HostileArchives.concat(tar, "hidden".getBytes(StandardCharsets.UTF_8)), Rule.ARCHIVE_TRAILING),
                hostile("tar: data in an entry's padding", "b.tar", dataInPadding(tar), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: a comment in an entry's PAX header", "b.tar.gz",
                        HostileArchives.tar().fileWithPaxHeader("a.py", code(), "comment", "hidden").toTarGz(), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: a comment in a global PAX header", "b.tar.gz",
                        HostileArchives.tar().globalPaxHeader("comment", "hidden").file("a.py", code()).toTarGz(), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: a PAX header of 2 MiB (metadata cap, default limits)", "b.tar.gz",
                        out -> out.write(HostileArchives.tar().fileWithPaxHeader("a.py", code(), "comment", "x".repeat((int) (2 * MIB))).toTarGz()),
                        Set.of(Rule.ARCHIVE_BOMB), ArchiveLimits.DEFAULTS),
                hostile("tar.gz: a nested archive", "b.tar.gz", HostileArchives.tar().file("inner.zip", zip).toTarGz(), Rule.NESTED_ARCHIVE),
                hostile("tar.gz: one entry past the entry limit", "b.tar.gz",
                        out -> out.write(HostileArchives.tar().file("big.py", text((int) (2 * MIB))).toTarGz()), Set.of(Rule.ARCHIVE_BOMB), SMALL),
                hostile("tar.gz: entries past the total limit", "b.tar.gz", out -> out.write(manyEntries(6, (int) MIB - 1)), Set.of(Rule.ARCHIVE_BOMB), SMALL),
                hostile("tar.gz: entries past the count limit", "b.tar.gz", Archive.of(manyEntries(20, 10)), Set.of(Rule.ARCHIVE_BOMB), SMALL),
                hostile("tar: 5 MiB of zeros after the end (total limit)", "b.tar",
                        out -> { out.write(tar); out.write(new byte[(int) (5 * MIB)]); }, Set.of(Rule.ARCHIVE_BOMB), SMALL),
                hostile("not an archive", "b.tar.gz", "just text\n".getBytes(StandardCharsets.UTF_8), Rule.ARCHIVE_FORMAT),
                hostile("tar.gz: truncated", "b.tar.gz", truncated(HostileArchives.tar().file("a.py", code()).toTarGz()), Rule.ARCHIVE_FORMAT),
                hostile("zip: .. in a name", "b.zip", unlisted(HostileArchives.zip().file("../evil.py", code())), Rule.ARCHIVE_PATH),
                hostile("zip: backslash", "b.zip", unlisted(HostileArchives.zip().file("src/..\\evil.py", code())), Rule.ARCHIVE_PATH),
                hostile("zip: a Unicode path field naming another file", "b.zip",
                        HostileArchives.zip().fileWithUnicodePath("a.py", code(), "../evil.py").toZip(), Rule.ARCHIVE_PATH),
                hostile("zip: symbolic link", "b.zip", HostileArchives.zip().symlink("link.py", "/etc/passwd").toZip(), Rule.ARCHIVE_LINK),
                hostile("zip: FIFO", "b.zip", HostileArchives.zip().special("pipe", 0010000).toZip(), Rule.ARCHIVE_SPECIAL),
                hostile("zip: character device", "b.zip", HostileArchives.zip().special("dev/zero", 0020000).toZip(), Rule.ARCHIVE_SPECIAL),
                hostile("zip: a directory entry with content", "b.zip", unlisted(HostileArchives.zip().file("src/", code())), Rule.ARCHIVE_SPECIAL),
                hostile("zip: entries past the count limit", "b.zip", Archive.of(manyZipEntries(20)), Set.of(Rule.ARCHIVE_BOMB), SMALL),
                hostile("zip: names differing in case only", "b.zip", HostileArchives.zip().file("A.py", code()).file("a.py", code()).toZip(), Rule.ARCHIVE_DUPLICATE),
                hostile("zip: local header names another file", "b.zip", Archive.of(HostileArchives.withLocalName(stored, "good.py", "evil.py")),
                        Set.of(Rule.ARCHIVE_HEADER_MISMATCH, Rule.MANIFEST_MISMATCH), ArchiveLimits.DEFAULTS),
                hostile("zip: local header has another CRC", "b.zip", localCrcChanged(stored), Rule.ARCHIVE_HEADER_MISMATCH),
                hostile("zip: encrypted entry (stored)", "b.zip", HostileArchives.withEncryptedFlag(stored, "good.py"), Rule.ARCHIVE_ENCRYPTED),
                hostile("zip: encrypted entry (deflated, data descriptor)", "b.zip",
                        HostileArchives.withEncryptedFlag(HostileArchives.zip().file("a.py", code()).file("b.py", code()).toZip(), "a.py"), Rule.ARCHIVE_ENCRYPTED),
                hostile("zip: bytes after an entry's deflate stream, inside its compressed size", "b.zip",
                        HostileArchives.zip().fileWithBytesAfterDeflate("a.py", code(), text(60_000)).toZip(), Rule.ARCHIVE_TRAILING),
                hostile("zip: a comment on an entry", "b.zip",
                        HostileArchives.zip().fileWithComment("a.py", code(), "x".repeat(60_000)).toZip(), Rule.ARCHIVE_TRAILING),
                hostile("zip: an unknown extra field in both headers", "b.zip",
                        HostileArchives.zip().fileWithExtraField("a.py", code(), 0xcafe, text(30_000), text(30_000)).toZip(), Rule.ARCHIVE_TRAILING),
                hostile("zip: an unknown extra field in the local header only", "b.zip",
                        HostileArchives.zip().fileWithExtraField("a.py", code(), 0xcafe, text(30_000), new byte[0]).toZip(), Rule.ARCHIVE_TRAILING),
                hostile("zip: an unknown extra field in the central directory only", "b.zip",
                        HostileArchives.zip().fileWithExtraField("a.py", code(), 0xcafe, new byte[0], text(30_000)).toZip(), Rule.ARCHIVE_TRAILING),
                hostile("zip: a timestamp field larger than the bundler writes", "b.zip",
                        HostileArchives.zip().fileWithExtraField("a.py", code(), 0x5455, text(5_000), text(5_000)).toZip(), Rule.ARCHIVE_TRAILING),
                hostile("zip: bytes after the end record", "b.zip", HostileArchives.concat(zip, "hidden".getBytes(StandardCharsets.UTF_8)), Rule.ARCHIVE_TRAILING),
                hostile("zip: bytes before the first entry", "b.zip", HostileArchives.concat("hidden".getBytes(StandardCharsets.UTF_8), zip), Rule.ARCHIVE_TRAILING),
                hostile("tar.gz: a user name in a file's header", "b.tar.gz",
                        HostileArchives.tar().fileWithHeader("a.py", code(), entry -> entry.setUserName("x".repeat(31))).toTarGz(),
                        Rule.ARCHIVE_HEADER_MISMATCH),
                hostile("tar.gz: a group name in a file's header", "b.tar.gz",
                        HostileArchives.tar().fileWithHeader("a.py", code(), entry -> entry.setGroupName("x".repeat(31))).toTarGz(),
                        Rule.ARCHIVE_HEADER_MISMATCH),
                hostile("tar.gz: a link name on a regular file", "b.tar.gz",
                        HostileArchives.tar().fileWithHeader("a.py", code(), entry -> entry.setLinkName("x".repeat(99))).toTarGz(),
                        Rule.ARCHIVE_HEADER_MISMATCH),
                hostile("tar: bytes after the end of a file's name", "b.tar", secondHeaderPatched(tar, 20), Rule.ARCHIVE_HEADER_MISMATCH),
                hostile("tar: bytes in the unused end of a file's header", "b.tar", secondHeaderPatched(tar, 505), Rule.ARCHIVE_HEADER_MISMATCH),
                hostile("tar.gz: manifest: base64 under a key the bundler does not write", "b.tar.gz",
                        withManifestChanged(root -> root.put("attachment", SECRET)), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: records under verification", "b.tar.gz",
                        withManifestChanged(root -> rows(((ObjectNode) root.get("verification")).putArray("notes"))), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a key the bundler does not write in an entry", "b.tar.gz",
                        withManifestChanged(root -> ((ObjectNode) root.get("entries").get(0)).put("note", SECRET)), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a key the bundler does not write in the policy", "b.tar.gz",
                        withManifestChanged(root -> ((ObjectNode) root.at("/policy/settings/strip")).put("note", SECRET)), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a rule the verifier does not know in the policy", "b.tar.gz",
                        withManifestChanged(root -> ((ObjectNode) root.at("/policy/settings/verify/rules")).put(SECRET, "off")), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a tool version that is no version", "b.tar.gz",
                        withManifestChanged(root -> ((ObjectNode) root.get("tool")).put("version", SECRET)), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a SHA-256 that is not hex", "b.tar.gz",
                        withManifestChanged(root -> ((ObjectNode) root.get("policy")).put("sha256", SECRET)), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a size that is text", "b.tar.gz",
                        withManifestChanged(root -> ((ObjectNode) root.get("verification")).put("files", SECRET)), Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: a reason longer than the bundler writes", "b.tar.gz",
                        withManifestChanged(root -> ((ArrayNode) root.get("excluded")).addObject().put("path", "a.csv").put("reason", SECRET)),
                        Rule.MANIFEST_SHAPE),
                hostile("tar.gz: manifest: CSV records as the reasons files were left out", "b.tar.gz",
                        withManifestChanged(root -> {
                            for (int i = 0; i < 3000; i++) {
                                ((ArrayNode) root.get("excluded")).addObject().put("path", "f" + i).put("reason", "row" + i + ",4.5,7,x");
                            }
                        }), Rule.INLINE_TABLE),
                hostile("zip: manifest: records under a key the bundler does not write", "b.zip",
                        HostileArchives.zip().file("a.py", code()).withManifest(changed(Map.of("a.py", code()),
                                root -> rows(root.putArray("notes")))).toZip(), Rule.MANIFEST_SHAPE));
    }

    /** Base64 of 3000 bytes: what a manifest must not carry, and findings must not quote. */
    private static final String SECRET = java.util.Base64.getEncoder().encodeToString(text(3000));

    private static byte[] withManifestChanged(java.util.function.Consumer<ObjectNode> change) {
        return HostileArchives.tar().file("a.py", code()).withManifest(changed(Map.of("a.py", code()), change)).toTarGz();
    }

    /** The manifest the bundler writes for {@code files}, changed. */
    private static byte[] changed(Map<String, byte[]> files, java.util.function.Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) Manifest.read(HostileArchives.manifest(files));
            change.accept(root);
            return Manifest.bytes(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void rows(ArrayNode array) {
        for (int i = 0; i < 3000; i++) {
            array.add("row" + i + ",4.5,7,x");
        }
    }

    /**
     * Entries listed in their manifest, harmless to the content rules, that a bundle would still
     * never take: the gate holds every entry to the bundler's include rule.
     */
    static Stream<Arguments> entriesABundleWouldLeaveHome() {
        // As the bundler writes it, so that its place is all that is wrong with it.
        String notebook = "{\n \"cells\": [],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
        return Stream.of(
                Arguments.of(".env", "PORT=8080\n"),
                Arguments.of("data.dat", "x = 1\n"),
                Arguments.of("notes", "x = 1\n"),
                Arguments.of("records.json", "{\"a\": 1}\n"),
                Arguments.of("report.html", "<p>hello</p>\n"),
                Arguments.of("x.xml", "<a/>\n"),
                Arguments.of("x.svg", "<svg/>\n"),
                Arguments.of("analysis.nb.html", "<p>hello</p>\n"),
                Arguments.of(".ipynb_checkpoints/a-checkpoint.ipynb", notebook),
                Arguments.of("src/.git/config", "x = 1\n"),
                Arguments.of("env/pyvenv.cfg", "home = /usr/bin\n"),
                Arguments.of("sub/" + Manifest.ENTRY_NAME, "{}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entriesABundleWouldLeaveHome")
    void refusesEntriesABundleWouldLeaveHome(String name, String content) throws Exception {
        refusedWithItsOwnRule("tar.gz: " + name, "b.tar.gz", Archive.of(HostileArchives.tar().file("ok.py", code())
                .file(name, content).toTarGz()), Set.of(Rule.ARCHIVE_NOT_INCLUDED), ArchiveLimits.DEFAULTS);
        refusedWithItsOwnRule("zip: " + name, "b.zip", Archive.of(HostileArchives.zip().file("ok.py", code())
                .file(name, content).toZip()), Set.of(Rule.ARCHIVE_NOT_INCLUDED), ArchiveLimits.DEFAULTS);
    }

    /**
     * Bombs streamed from a repeated deflate block: the archives stay small (10 MiB for 10 GiB) and
     * so does the heap; run alone with {@code -DargLine=-Xmx24m} to see it.
     */
    static Stream<Arguments> streamedBombs() {
        return Stream.of(
                hostile("tar.gz: 10 GiB of zeros (ratio, default limits)", "bomb.tar.gz",
                        // Its size stands in base-256 (star), not in the PAX header the bundler writes.
                        out -> HostileArchives.gzipBomb(out, "zeros.py", 10 * GIB), Set.of(Rule.ARCHIVE_BOMB, Rule.ARCHIVE_HEADER_MISMATCH),
                        ArchiveLimits.DEFAULTS),
                hostile("zip: 1 GiB of zeros (ratio, default limits)", "bomb.zip",
                        out -> HostileArchives.zipBomb(out, "zeros.py", GIB, GIB), Set.of(Rule.ARCHIVE_BOMB), ArchiveLimits.DEFAULTS),
                hostile("zip: 1 GiB of zeros whose headers claim 1 KiB", "bomb.zip",
                        out -> HostileArchives.zipBomb(out, "zeros.py", GIB, 1024), Set.of(Rule.ARCHIVE_BOMB), ArchiveLimits.DEFAULTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileArchives")
    void refusesEachHostileArchiveWithItsOwnRuleQuickly(String what, String fileName, Archive archive, Set<Rule> expected,
                                                       ArchiveLimits limits) throws Exception {
        refusedWithItsOwnRule(what, fileName, archive, expected, limits);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamedBombs")
    void refusesStreamedBombsQuicklyAndInLittleMemory(String what, String fileName, Archive archive, Set<Rule> expected,
                                                      ArchiveLimits limits) throws Exception {
        refusedWithItsOwnRule(what, fileName, archive, expected, limits);
    }

    private void refusedWithItsOwnRule(String what, String fileName, Archive archive, Set<Rule> expected,
                                       ArchiveLimits limits) throws Exception {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            archive.write(out);
        }
        long start = System.nanoTime();
        VerifyReport report = Nbexport.verifyBundle(file, Preset.EXPORT.policy(), limits);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Set<Rule> rules = report.findings().stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        TIMES.add(String.format("| %s | %s | %d ms | %s | %s |", what, rules.stream().map(Rule::id).collect(Collectors.joining(", ")),
                millis, humanSize(Files.size(file)),
                report.findings().stream().map(Finding::message).distinct().collect(Collectors.joining("; "))));
        assertEquals(new TreeSet<>(expected), rules, () -> what + ": " + report.findings());
        assertTrue(report.errors() > 0);
        assertTrue(millis < 20_000, what + " took " + millis + " ms");
        for (Finding finding : report.findings()) {
            assertTrue(!finding.toString().contains(SECRET.substring(0, 40)), "the value is not quoted: " + finding);
            assertTrue(finding.file().startsWith(file.toString()), finding.toString());
            assertTrue(!finding.file().contains("\u001b"), "control characters escaped: " + finding);
        }
    }

    @org.junit.jupiter.api.Test
    void acceptsAUnicodePathFieldThatRepeatsTheName() throws Exception {
        Path file = dir.resolve("b.zip");
        Files.write(file, HostileArchives.zip().fileWithUnicodePath("caf\u00e9.py", code(), "caf\u00e9.py").toZip());
        assertEquals(List.of(), Nbexport.verifyBundle(file, Preset.EXPORT.policy(), ArchiveLimits.DEFAULTS).findings());
    }

    /** The gate may run another version than the bundler: a policy setting that version did not write is no place for data. */
    @org.junit.jupiter.api.Test
    void acceptsAManifestWithoutAPolicySettingAnotherVersionDidNotWrite() throws Exception {
        Path file = dir.resolve("b.tar.gz");
        Files.write(file, withManifestChanged(root -> {
            ((ObjectNode) root.at("/policy/settings/strip")).remove("metadata-shapes");
            // That version hashed the settings it wrote.
            ((ObjectNode) root.get("policy")).put("sha256", Manifest.sha256(Manifest.bytes(root.at("/policy/settings"))));
        }));
        assertEquals(List.of(), Nbexport.verifyBundle(file, Preset.EXPORT.policy(), ArchiveLimits.DEFAULTS).findings());
    }

    @AfterAll
    static void printTimes() {
        System.out.println("| hostile archive | rule ids | verification time | archive size | messages |");
        TIMES.forEach(System.out::println);
    }

    /** A tar.gz whose only file is not in its (empty) manifest: the name is the fault, and no file is read. */
    private static byte[] unlisted(HostileArchives.Tar tar) {
        return tar.withManifest(HostileArchives.manifest(java.util.Map.of())).toTarGz();
    }

    private static byte[] unlisted(HostileArchives.Zip zip) {
        return zip.withManifest(HostileArchives.manifest(java.util.Map.of())).toZip();
    }

    private static byte[] manyEntries(int count, int size) {
        HostileArchives.Tar tar = HostileArchives.tar();
        for (int i = 0; i < count; i++) {
            tar.file("f" + i + ".py", text(size));
        }
        return tar.toTarGz();
    }

    private static byte[] manyZipEntries(int count) {
        HostileArchives.Zip zip = HostileArchives.zip();
        for (int i = 0; i < count; i++) {
            zip.file("f" + i + ".py", code());
        }
        return zip.toZip();
    }

    /** A gzip header with FCOMMENT (flag 0x10) set and a comment, around the same deflate stream. */
    private static byte[] gzipWithComment(byte[] content) {
        byte[] plain = HostileArchives.gzip(content);
        byte[] comment = "hidden\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[plain.length + comment.length];
        System.arraycopy(plain, 0, out, 0, 10);
        out[3] |= 0x10;
        System.arraycopy(comment, 0, out, 10, comment.length);
        System.arraycopy(plain, 10, out, 10 + comment.length, plain.length - 10);
        return out;
    }

    /** The tar's first entry is the manifest; its padding (after its content, to 512 bytes) gets a byte. */
    private static byte[] dataInPadding(byte[] tar) {
        byte[] patched = tar.clone();
        long size = Long.parseLong(new String(tar, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
        if (size % 512 == 0) {
            throw new IllegalStateException("no padding");
        }
        patched[(int) (512 + size)] = 'x';
        return patched;
    }

    /**
     * The tar's second header (its first file's; the manifest fills one record) with an {@code x} at
     * {@code offset}, its checksum (6 octal digits, NUL, space, over the header with the field as spaces) made right again.
     */
    private static byte[] secondHeaderPatched(byte[] tar, int offset) {
        byte[] patched = tar.clone();
        long manifestSize = Long.parseLong(new String(tar, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
        int header = (int) (512 + (manifestSize + 511) / 512 * 512);
        patched[header + offset] = 'x';
        java.util.Arrays.fill(patched, header + 148, header + 156, (byte) ' ');
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += patched[header + i] & 0xff;
        }
        byte[] checksum = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, patched, header + 148, 8);
        return patched;
    }

    /** Text of {@code size} bytes: a plain file in every respect but its size. */
    /** Harmless text of {@code size} bytes in short lines, so that no text rule fires on it. */
    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        for (int i = 63; i < size; i += 64) {
            bytes[i] = '\n';
        }
        return bytes;
    }

    private static byte[] truncated(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** The CRC of the first local header is at offset 14 (the manifest's, written before the files). */
    private static byte[] localCrcChanged(byte[] stored) {
        byte[] patched = HostileArchives.withLocalName(stored, "good.py", "good.py");
        // good.py is stored with its sizes and CRC in the local header; find it through its name.
        int at = indexOf(patched, "good.py".getBytes(StandardCharsets.UTF_8));
        patched[at - 30 + 14] ^= 0x01;
        return patched;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static String humanSize(long bytes) {
        return bytes >= MIB ? (bytes / MIB) + " MiB" : bytes >= 1024 ? (bytes / 1024) + " KiB" : bytes + " B";
    }
}
