package dev.nbexport.core.policy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A policy with where each value came from, for {@code policy show}.
 *
 * @param policy   the effective policy
 * @param file     the project file that applied, if any
 * @param origins  for each {@link PolicyDocument} entry ({@code preset}, {@code strip.keep-count},
 *                 {@code verify.rules}, ...): {@code preset NAME}, {@link #FROM_FILE}, or {@code flag}
 */
public record ExplainedPolicy(Policy policy, Optional<Path> file, Map<String, String> origins) {

    /** The origin of a value the project file sets: {@link #file()}, which each adapter names as it names files. */
    public static final String FROM_FILE = "project file";

    public ExplainedPolicy {
        origins = Map.copyOf(origins);
    }
}
