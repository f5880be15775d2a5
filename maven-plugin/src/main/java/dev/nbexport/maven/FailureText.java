package dev.nbexport.maven;

import dev.nbexport.core.files.Cores;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.policy.InvalidPolicyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What went wrong with a file, in one phrase for a goal's one-line message, naming the files it
 * involves as the goals name files (relative to the project) rather than by the absolute paths a
 * file system's error carries.
 */
final class FailureText {

    private FailureText() {
    }

    /**
     * {@code failure} for a message that already names {@code subject} (null when it names no
     * file): a file system's error names its files, with {@code shown}, only when they are others.
     */
    static String of(Throwable failure, Path subject, Function<Path, String> shown) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof InvalidNotebookException) {
            return cause.getMessage();
        }
        if (cause instanceof InvalidPolicyException policy) {
            return shown.apply(policy.file()) + ": " + policy.problem();
        }
        if (cause instanceof FileSystemException fileSystem) {
            return fileSystemProblem(fileSystem, subject, shown);
        }
        if (cause instanceof IOException) {
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        if (cause instanceof OutOfMemoryError outOfMemory) {
            return Cores.tooLarge(outOfMemory, "too large for the memory Maven was given; set more with MAVEN_OPTS=-Xmx<size>, such as -Xmx4g");
        }
        return cause.toString();
    }

    private static String fileSystemProblem(FileSystemException failure, Path subject, Function<Path, String> shown) {
        // An error may name a second file only, or two, the first then being the one acted on.
        String first = failure.getFile() != null ? failure.getFile() : failure.getOtherFile();
        String second = failure.getFile() != null ? failure.getOtherFile() : null;
        Path file = first == null ? null : absolute(Path.of(first));
        String files = "";
        if (second != null) {
            files = shown.apply(file) + " -> " + shown.apply(absolute(Path.of(second))) + ": ";
        } else if (file != null && (subject == null || !file.equals(absolute(subject)))) {
            files = shown.apply(file) + ": ";
        }
        return files + reason(failure);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String reason(FileSystemException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure.getReason() != null) {
            return failure.getReason();
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (failure instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        return failure.getClass().getSimpleName();
    }
}
