package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** What a goal says of a file it could not work on: one phrase, with the remedy where there is one. */
class FailureMessagesTest {

    @Test
    void aFullHeapAdvisesALargerOneThroughMavenOpts() {
        assertEquals("too large for the memory Maven was given; set more with MAVEN_OPTS=-Xmx<size>, such as -Xmx4g",
                AbstractNbexportMojo.describe(new OutOfMemoryError("Java heap space")));
    }

    @Test
    void otherOutOfMemoryErrorsGiveTheJvmsReason() {
        assertEquals("too large (Requested array size exceeds VM limit)",
                AbstractNbexportMojo.describe(new OutOfMemoryError("Requested array size exceeds VM limit")));
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        assertEquals("no such file", AbstractNbexportMojo.describe(new UncheckedIOException(new NoSuchFileException("a.ipynb"))));
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
