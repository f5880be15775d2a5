package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
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
}
