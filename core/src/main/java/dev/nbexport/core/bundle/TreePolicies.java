package dev.nbexport.core.bundle;

import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy of each file a bundle takes: the export preset, tightened by the project file nearest
 * to the file (as {@code strip} and {@code verify} read it), loosened by the command line alone. A
 * project file anywhere in the tree is judged as the root's is ({@link BundlePolicy#resolve}): one
 * that would loosen the preset stops the bundle, naming it, whichever files it governs. Thread-safe;
 * each project file is judged once, in the order first asked for.
 */
public final class TreePolicies {

    private final PolicyResolver resolver;
    private final BundlePolicy.Loosening loosening;
    private final Map<Optional<Path>, Policy> byProjectFile = new LinkedHashMap<>();

    private TreePolicies(PolicyResolver resolver, BundlePolicy.Loosening loosening) {
        this.resolver = resolver;
        this.loosening = loosening;
    }

    /** The policies {@code resolver} finds, a refusal naming the ways to loosen that {@code loosening} gives. */
    public static TreePolicies of(PolicyResolver resolver, BundlePolicy.Loosening loosening) {
        return new TreePolicies(resolver, loosening);
    }

    /** The policies {@code resolver} finds, a refusal naming the command line's options. */
    public static TreePolicies of(PolicyResolver resolver) {
        return of(resolver, BundlePolicy.Loosening.COMMAND_LINE);
    }

    /**
     * The policy for a file of the tree or a folder; an {@code InvalidPolicyException} naming the
     * project file and its settings when the project file that applies there loosens the preset.
     */
    public synchronized Policy of(Path fileOrFolder) {
        Optional<Path> projectFile = resolver.policyFileFor(fileOrFolder);
        Policy policy = byProjectFile.get(projectFile);
        if (policy == null) {
            policy = BundlePolicy.resolve(resolver, fileOrFolder, loosening);
            byProjectFile.put(projectFile, policy);
        }
        return policy;
    }

    /**
     * The settings by which the command line (flags, a policy file it names) loosens the export
     * preset in the policies given so far, for the run to name.
     */
    public synchronized List<String> loosened() {
        Set<String> loosened = new LinkedHashSet<>();
        for (Policy policy : byProjectFile.values()) {
            loosened.addAll(BundlePolicy.looserThanExport(policy));
        }
        return List.copyOf(loosened);
    }
}
