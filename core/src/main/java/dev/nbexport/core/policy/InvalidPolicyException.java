package dev.nbexport.core.policy;

import java.nio.file.Path;

/** A policy file or setting that cannot be used; the message names the file and the key. */
public final class InvalidPolicyException extends RuntimeException {

    public InvalidPolicyException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public InvalidPolicyException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
