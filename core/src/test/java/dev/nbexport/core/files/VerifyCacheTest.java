package dev.nbexport.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VerifyCacheTest {

    private static final Policy NBSTRIPOUT = Preset.NBSTRIPOUT.policy();
    private static final Policy EXPORT = Preset.EXPORT.policy();

    @TempDir
    Path dir;

    private Path cacheFile() {
        return dir.resolve("cache/verify.cache");
    }

    /** A file last modified a minute ago, well outside the racy window. */
    private Path settled(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    /** Writes {@code content} into the file and sets its modification time back, as {@code cp -p} or {@code rsync -a} leave it. */
    private static void rewriteKeepingTime(Path file, String content) throws Exception {
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, time);
    }

    private static Finding finding(Path file) {
        return new Finding(Rule.EMAIL, Severity.WARNING, file.toString(), 0, null, "/cells/0/source", -1, 5, null, "an e-mail address");
    }

    /**
     * The cache as a run a minute from now sees it: a file's change time cannot be set back, so
     * the files of a test are settled by moving the clock instead.
     */
    private VerifyCache later(FileIdentity identities) {
        return VerifyCache.load(cacheFile(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)), identities);
    }

    private VerifyCache later() {
        return later(FileIdentity.standard());
    }

    private VerifyCache runOnce(Path file, Policy policy, List<Finding> findings) throws Exception {
        return runOnce(file, policy, findings, FileIdentity.standard());
    }

    private VerifyCache runOnce(Path file, Policy policy, List<Finding> findings, FileIdentity identities) throws Exception {
        VerifyCache cache = later(identities);
        cache.record(file, cache.stamp(file), policy, findings);
        cache.save();
        return later(identities);
    }

    /** Identities by inode and change time, where the file system has them; by content hash. */
    static Stream<Named<FileIdentity>> identities() {
        Stream<Named<FileIdentity>> byHash = Stream.of(Named.of("content hash", new FileIdentity(path -> false)));
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix")
                ? Stream.concat(Stream.of(Named.of("inode and change time", new FileIdentity(path -> true))), byHash)
                : byHash;
    }

    @Test
    void aCleanUnchangedFileIsCleanInTheNextRun() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of());
        assertTrue(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void anotherBuildOfTheSameVersionMeansVerifyingAgain() throws Exception {
        Path file = settled("a.ipynb", "{}");
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));
        VerifyCache first = VerifyCache.load(cacheFile(), later, FileIdentity.standard(), "build a");
        first.record(file, first.stamp(file), NBSTRIPOUT, List.of());
        first.save();

        VerifyCache sameBuild = VerifyCache.load(cacheFile(), later, FileIdentity.standard(), "build a");
        assertTrue(sameBuild.isClean(file, sameBuild.stamp(file), NBSTRIPOUT));
        VerifyCache rebuilt = VerifyCache.load(cacheFile(), later, FileIdentity.standard(), "build b");
        assertFalse(rebuilt.isClean(file, rebuilt.stamp(file), NBSTRIPOUT), "a snapshot rebuilt with other rules judges again");
    }

    @Test
    void aChangedSizeTimeOrPolicyMeansVerifyingAgain() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of());
        assertFalse(next.isClean(file, next.stamp(file), EXPORT));

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));

        next = runOnce(file, NBSTRIPOUT, List.of());
        rewriteKeepingTime(file, "{ }");
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void anUnchangedFileIsCleanWhateverItsIdentity(FileIdentity identities) throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of(), identities);
        assertTrue(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void anEditOfTheSameLengthWithItsModificationTimeSetBackIsVerifiedAgain(FileIdentity identities) throws Exception {
        Path file = settled("a.ipynb", "{\"cells\": [{\"source\": \"see the table below.\"}]}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of(), identities);
        rewriteKeepingTime(file, "{\"cells\": [{\"source\": \"AKIAIOSFODNN7EXAMPLE\"}]}");
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void aFileChangedBetweenItsStampAndItsVerifyingIsNotRemembered(FileIdentity identities) throws Exception {
        String dirty = "{\"cells\": [{\"source\": \"AKIAIOSFODNN7EXAMPLE\"}]}";
        Path file = settled("a.ipynb", dirty);
        VerifyCache cache = later(identities);
        VerifyCache.Stamp stamped = cache.stamp(file);
        // Saved again while the goal ran: the verifier read a clean version of the same length and time.
        rewriteKeepingTime(file, "{\"cells\": [{\"source\": \"see the table below.\"}]}");
        cache.record(file, stamped, NBSTRIPOUT, List.of());
        cache.save();
        rewriteKeepingTime(file, dirty);

        VerifyCache next = later(identities);
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void aFileReplacedByACopyWithTheSameSizeAndTimeIsVerifiedAgain() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path file = settled("a.ipynb", "{\"a\": 1}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of(), new FileIdentity(path -> true));
        Path copy = Files.copy(file, dir.resolve("copy.ipynb"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(copy, "{\"a\": 2}");
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void aFileWhoseModificationTimeWasSetBackJustBeforeItWasReadIsNotRemembered() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path file = settled("a.ipynb", "{}");
        VerifyCache cache = VerifyCache.load(cacheFile(), Clock.systemUTC(), new FileIdentity(path -> true));
        cache.record(file, cache.stamp(file), NBSTRIPOUT, List.of());
        cache.save();
        VerifyCache next = later(new FileIdentity(path -> true));
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void aCacheOfTheFormerFormatIsNotTrusted() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache cache = later();
        Files.createDirectories(cacheFile().getParent());
        Files.writeString(cacheFile(), "nbexport-verify-cache 1\n" + cache.fingerprint(NBSTRIPOUT) + "\t" + Files.size(file)
                + "\t" + Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS) + "\t" + file.toAbsolutePath() + "\n");
        VerifyCache former = later();
        assertFalse(former.isClean(file, former.stamp(file), NBSTRIPOUT));
    }

    @Test
    void filesWithFindingsAreNeverRemembered() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of(finding(file)));
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));

        next = runOnce(file, NBSTRIPOUT, List.of());
        next.record(file, next.stamp(file), NBSTRIPOUT, List.of(finding(file)));
        next.save();
        VerifyCache third = later();
        assertFalse(third.isClean(file, third.stamp(file), NBSTRIPOUT));
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsNotRemembered() throws Exception {
        Path file = Files.writeString(dir.resolve("fresh.ipynb"), "{}");
        VerifyCache cache = VerifyCache.load(cacheFile());
        cache.record(file, cache.stamp(file), NBSTRIPOUT, List.of());
        cache.save();
        VerifyCache next = later();
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void saveKeepsOnlyTheFilesLookedAtInThisRun() throws Exception {
        Path a = settled("a.ipynb", "{}");
        Path b = settled("b.ipynb", "{}");
        VerifyCache cache = later();
        cache.record(a, cache.stamp(a), NBSTRIPOUT, List.of());
        cache.record(b, cache.stamp(b), NBSTRIPOUT, List.of());
        cache.save();

        VerifyCache second = later();
        assertTrue(second.isClean(a, second.stamp(a), NBSTRIPOUT));
        second.save();
        VerifyCache third = later();
        assertTrue(third.isClean(a, third.stamp(a), NBSTRIPOUT));
        assertFalse(third.isClean(b, third.stamp(b), NBSTRIPOUT));
    }

    @Test
    void aMissingOrForeignCacheFileIsAnEmptyCache() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache missing = later();
        assertFalse(missing.isClean(file, missing.stamp(file), NBSTRIPOUT));

        Files.createDirectories(cacheFile().getParent());
        Files.writeString(cacheFile(), VerifyCache.HEADER + "\nnot\ta\tnumber\t" + file.toAbsolutePath() + "\n");
        VerifyCache broken = later();
        assertFalse(broken.isClean(file, broken.stamp(file), NBSTRIPOUT));

        Files.writeString(cacheFile(), "something else\n");
        VerifyCache foreign = later();
        assertFalse(foreign.isClean(file, foreign.stamp(file), NBSTRIPOUT));
    }

    @Test
    void equalPoliciesHaveEqualFingerprints() {
        VerifyCache cache = later();
        assertEquals(cache.fingerprint(Policy.builder(Preset.EXPORT).build()), cache.fingerprint(EXPORT));
        assertFalse(cache.fingerprint(NBSTRIPOUT).equals(cache.fingerprint(EXPORT)));
    }
}
