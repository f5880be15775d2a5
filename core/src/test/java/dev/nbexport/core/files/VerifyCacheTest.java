package dev.nbexport.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static Finding finding(Path file) {
        return new Finding(Rule.EMAIL, Severity.WARNING, file.toString(), 0, null, "/cells/0/source", -1, 5, null, "an e-mail address");
    }

    private VerifyCache runOnce(Path file, Policy policy, List<Finding> findings) throws Exception {
        VerifyCache cache = VerifyCache.load(cacheFile());
        cache.record(file, cache.stamp(file), policy, findings);
        cache.save();
        return VerifyCache.load(cacheFile());
    }

    @Test
    void aCleanUnchangedFileIsCleanInTheNextRun() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of());
        assertTrue(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void aChangedSizeTimeOrPolicyMeansVerifyingAgain() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of());
        assertFalse(next.isClean(file, next.stamp(file), EXPORT));

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));

        next = runOnce(file, NBSTRIPOUT, List.of());
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "{ }");
        Files.setLastModifiedTime(file, time);
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void filesWithFindingsAreNeverRemembered() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of(finding(file)));
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));

        next = runOnce(file, NBSTRIPOUT, List.of());
        next.record(file, next.stamp(file), NBSTRIPOUT, List.of(finding(file)));
        next.save();
        VerifyCache third = VerifyCache.load(cacheFile());
        assertFalse(third.isClean(file, third.stamp(file), NBSTRIPOUT));
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsNotRemembered() throws Exception {
        Path file = Files.writeString(dir.resolve("fresh.ipynb"), "{}");
        VerifyCache next = runOnce(file, NBSTRIPOUT, List.of());
        assertFalse(next.isClean(file, next.stamp(file), NBSTRIPOUT));
    }

    @Test
    void saveKeepsOnlyTheFilesLookedAtInThisRun() throws Exception {
        Path a = settled("a.ipynb", "{}");
        Path b = settled("b.ipynb", "{}");
        VerifyCache cache = VerifyCache.load(cacheFile());
        cache.record(a, cache.stamp(a), NBSTRIPOUT, List.of());
        cache.record(b, cache.stamp(b), NBSTRIPOUT, List.of());
        cache.save();

        VerifyCache second = VerifyCache.load(cacheFile());
        assertTrue(second.isClean(a, second.stamp(a), NBSTRIPOUT));
        second.save();
        VerifyCache third = VerifyCache.load(cacheFile());
        assertTrue(third.isClean(a, third.stamp(a), NBSTRIPOUT));
        assertFalse(third.isClean(b, third.stamp(b), NBSTRIPOUT));
    }

    @Test
    void aMissingOrForeignCacheFileIsAnEmptyCache() throws Exception {
        Path file = settled("a.ipynb", "{}");
        VerifyCache missing = VerifyCache.load(cacheFile());
        assertFalse(missing.isClean(file, missing.stamp(file), NBSTRIPOUT));

        Files.createDirectories(cacheFile().getParent());
        Files.writeString(cacheFile(), VerifyCache.HEADER + "\nnot\ta\tnumber\t" + file.toAbsolutePath() + "\n");
        VerifyCache broken = VerifyCache.load(cacheFile());
        assertFalse(broken.isClean(file, broken.stamp(file), NBSTRIPOUT));

        Files.writeString(cacheFile(), "something else\n");
        VerifyCache foreign = VerifyCache.load(cacheFile());
        assertFalse(foreign.isClean(file, foreign.stamp(file), NBSTRIPOUT));
    }

    @Test
    void equalPoliciesHaveEqualFingerprints() {
        VerifyCache cache = VerifyCache.load(cacheFile());
        assertEquals(cache.fingerprint(Policy.builder(Preset.EXPORT).build()), cache.fingerprint(EXPORT));
        assertFalse(cache.fingerprint(NBSTRIPOUT).equals(cache.fingerprint(EXPORT)));
    }
}
