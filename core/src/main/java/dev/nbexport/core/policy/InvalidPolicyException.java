package dev.nbexport.core.policy;

import java.nio.file.Path;

/**
 * A policy file or setting that cannot be used; the message names the file and the key. Adapters
 * name the file as they name other files ({@link #file()}), before the {@link #problem()}.
 */
public final class InvalidPolicyException extends RuntimeException {

    private final Path file;
    private final String problem;

    public InvalidPolicyException(Path file, String problem) {
        this(file, problem, null);
    }

    public InvalidPolicyException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The policy file, as the resolver has it (absolute for a project file found near a notebook). */
    public Path file() {
        return file;
    }

    /** What is wrong, with its place in the file where known, without the file's name. */
    public String problem() {
        return problem;
    }
}
