package dev.nbexport.cli;

/** A flag value that picocli accepted but nbexport cannot use; exits with {@link ExitCode#USAGE}. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
