package dev.nbexport.core.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds the policy for a notebook: the preset (the flag's, else the project file's, else
 * {@link Preset#NBSTRIPOUT}), then the project file, then the flags. The project file is the one
 * given explicitly, or the nearest {@code .nbexport.yaml} walking up from the notebook.
 * Thread-safe; project files are read once per directory.
 */
public final class PolicyResolver {

    private final Optional<Preset> presetFlag;
    private final Optional<Path> explicitFile;
    private final Consumer<Policy.Builder> flags;
    private final Preset defaultPreset;
    private final Map<Path, Optional<PolicyFile>> filesByDirectory = new ConcurrentHashMap<>();
    private final Map<Optional<Path>, Policy> policiesByFile = new ConcurrentHashMap<>();

    public PolicyResolver(Optional<Preset> presetFlag, Optional<Path> policyFile, Consumer<Policy.Builder> flags) {
        this(presetFlag, policyFile, flags, Preset.NBSTRIPOUT);
    }

    public PolicyResolver(Optional<Preset> presetFlag, Optional<Path> policyFile, Consumer<Policy.Builder> flags,
                          Preset defaultPreset) {
        this.presetFlag = presetFlag;
        this.explicitFile = policyFile;
        this.flags = flags;
        this.defaultPreset = defaultPreset;
        policyFile.ifPresent(file -> {
            if (!Files.isRegularFile(file)) {
                throw new InvalidPolicyException(file, "no such policy file");
            }
        });
    }

    /** The policy for a notebook (or for notebooks read from stdin in a directory). */
    public Policy forPath(Path notebookOrDirectory) {
        Optional<PolicyFile> file = explicitFile.isPresent()
                ? projectFileIn(explicitFile.get())
                : nearestProjectFile(directoryOf(notebookOrDirectory));
        return policiesByFile.computeIfAbsent(file.map(PolicyFile::path), ignored -> build(file));
    }

    private Policy build(Optional<PolicyFile> file) {
        Preset preset = presetFlag.or(() -> file.flatMap(PolicyFile::preset)).orElse(defaultPreset);
        Policy.Builder builder = Policy.builder(preset);
        file.ifPresent(f -> f.applyTo(builder));
        flags.accept(builder);
        return builder.build();
    }

    private Optional<PolicyFile> projectFileIn(Path file) {
        return filesByDirectory.computeIfAbsent(file.toAbsolutePath(), f -> Optional.of(PolicyFile.read(f)));
    }

    private Optional<PolicyFile> nearestProjectFile(Path directory) {
        if (directory == null) {
            return Optional.empty();
        }
        Optional<PolicyFile> cached = filesByDirectory.get(directory);
        if (cached != null) {
            return cached;
        }
        Path candidate = directory.resolve(PolicyFile.FILE_NAME);
        Optional<PolicyFile> found = Files.isRegularFile(candidate)
                ? Optional.of(PolicyFile.read(candidate))
                : nearestProjectFile(directory.getParent());
        filesByDirectory.put(directory, found);
        return found;
    }

    private static Path directoryOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }
}
