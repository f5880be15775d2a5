package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nbexport.core.policy.InvalidPolicyException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** What a goal says of a file it could not work on: one phrase, with the remedy where there is one. */
class FailureMessagesTest {

    private static final Path PROJECT = Path.of("/work/project");
    /** As the goals name files: relative to the project's directory. */
    private static final Function<Path, String> SHOWN = path -> PROJECT.relativize(path).toString();

    @Test
    void aFullHeapAdvisesALargerOneThroughMavenOpts() {
        assertEquals("too large for the memory Maven was given; set more with MAVEN_OPTS=-Xmx<size>, such as -Xmx4g",
                FailureText.of(new OutOfMemoryError("Java heap space"), null, SHOWN));
    }

    @Test
    void otherOutOfMemoryErrorsGiveTheJvmsReason() {
        assertEquals("too large (Requested array size exceeds VM limit)",
                FailureText.of(new OutOfMemoryError("Requested array size exceeds VM limit"), null, SHOWN));
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        Path notebook = PROJECT.resolve("nb/a.ipynb");
        assertEquals("no such file", FailureText.of(new UncheckedIOException(new NoSuchFileException(notebook.toString())), notebook, SHOWN));
    }

    @Test
    void aFileSystemErrorNamesItsFileFromTheProjectOnlyWhenTheMessageDoesNotAlready() {
        Path report = PROJECT.resolve("target/nbexport/verify.txt");
        Path folder = report.getParent();

        assertEquals("Read-only file system",
                FailureText.of(new FileSystemException(report.toString(), null, "Read-only file system"), report, SHOWN));
        assertEquals("target/nbexport: already exists",
                FailureText.of(new FileAlreadyExistsException(folder.toString()), report, SHOWN));
        assertEquals("target/nbexport/.verify.txt.tmp -> target/nbexport/verify.txt: Device or resource busy",
                FailureText.of(new FileSystemException(folder.resolve(".verify.txt.tmp").toString(), report.toString(),
                        "Device or resource busy"), null, SHOWN));
        assertEquals("target/nbexport/verify.txt: Stale file handle",
                FailureText.of(new FileSystemException(null, report.toString(), "Stale file handle"), null, SHOWN));
    }

    @Test
    void aBrokenPolicyFileIsNamedFromTheProject() {
        InvalidPolicyException broken = new InvalidPolicyException(PROJECT.resolve(".nbexport.yaml"), "line 2, column 3: unknown key");
        assertEquals(".nbexport.yaml: line 2, column 3: unknown key", FailureText.of(broken, null, SHOWN));
    }

    @Test
    void aReportFormatGivenAsTheArchiveFormatPointsToTheVerifyGoalsParameter() {
        MojoExecutionException json = assertThrows(MojoExecutionException.class, () -> BundleMojo.archiveFormat("json"));
        assertEquals("nbexport: <format>: unknown archive format 'json' (tar.gz, zip, tar); the verify goal's reports are chosen"
                + " with <formats> (-Dnbexport.formats)", json.getMessage());
        MojoExecutionException other = assertThrows(MojoExecutionException.class, () -> BundleMojo.archiveFormat("rar"));
        assertEquals("nbexport: <format>: unknown archive format 'rar' (tar.gz, zip, tar)", other.getMessage());
    }
}
