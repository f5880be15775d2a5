package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NbstripoutGitKeysTest {

    @TempDir
    Path dir;

    private Path home;
    private Path work;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void emptyConfiguration() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        work = Files.createDirectories(dir.resolve("repo/sub"));
        environment.put("HOME", home.toString());
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
    }

    private boolean mayBeSet() {
        return new NbstripoutGitKeys(work, environment).mayBeSet();
    }

    @Test
    void readsGitsListingTheLastValueOfAKeyCounting() {
        NbstripoutGitKeys.Values values = NbstripoutGitKeys.parse("filter.nbstripout.extrakeys\nmetadata.a\0"
                + "filter.nbstripout.keepmetadatakeys\ncell.metadata.scrolled\n  cell.metadata.collapsed\0"
                + "filter.nbstripout.extrakeys\nmetadata.b cell.metadata.c\0");

        assertEquals(new NbstripoutGitKeys.Values("metadata.b cell.metadata.c", "cell.metadata.scrolled\n  cell.metadata.collapsed"), values);
        assertEquals(NbstripoutGitKeys.Values.NONE, NbstripoutGitKeys.parse(""));
    }

    @Test
    void gitIsNotRunWhenNoFileItReadsMentionsTheKeys() throws Exception {
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = A\n");
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(dir.resolve("repo/.git/config"), "[filter \"nbstripout\"]\n\tclean = nbstripout\n");

        assertFalse(mayBeSet());
    }

    @Test
    void aMentionInTheRepositoryOrUserConfigurationMeansAskingGit() throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(dir.resolve("repo/.git/config"), "[filter \"nbstripout\"]\n\tExtraKeys = metadata.foo\n");
        assertTrue(mayBeSet(), "the repository's");

        Files.delete(dir.resolve("repo/.git/config"));
        Files.writeString(home.resolve(".gitconfig"), "[filter \"nbstripout\"]\n\tkeepmetadatakeys = cell.metadata.scrolled\n");
        assertTrue(mayBeSet(), "the user's");

        Files.writeString(home.resolve(".gitconfig"), "[includeIf \"gitdir:~/work/\"]\n\tpath = work.gitconfig\n");
        assertTrue(mayBeSet(), "a file included may set them");

        Files.delete(home.resolve(".gitconfig"));
        Path global = Files.writeString(dir.resolve("global"), "[filter \"nbstripout\"]\n\textrakeys = metadata.foo\n");
        environment.put("GIT_CONFIG_GLOBAL", global.toString());
        assertTrue(mayBeSet(), "the file GIT_CONFIG_GLOBAL names");
    }

    @Test
    void aCondaEnvironmentsSystemConfigurationIsLookedAt() throws Exception {
        environment.remove("GIT_CONFIG_NOSYSTEM");
        Path conda = Files.createDirectories(dir.resolve("conda/etc"));
        environment.put("CONDA_PREFIX", conda.getParent().toString());
        assumeFalse(mayBeSet(), "the machine's own system configuration mentions them");

        Files.writeString(conda.resolve("gitconfig"), "[filter \"nbstripout\"]\n\textrakeys = metadata.foo\n");

        assertTrue(mayBeSet());
    }

    @Test
    void configurationOutsideTheFilesOrAWorktreeMeansAskingGit() throws Exception {
        assertFalse(mayBeSet());
        Files.writeString(dir.resolve("repo/.git"), "gitdir: /elsewhere/.git/worktrees/repo\n");
        assertTrue(mayBeSet(), "a worktree's configuration is elsewhere");

        Files.delete(dir.resolve("repo/.git"));
        environment.put("GIT_CONFIG_PARAMETERS", "'filter.nbstripout.extrakeys'='metadata.foo'");
        assertTrue(mayBeSet(), "git -c");
    }
}
