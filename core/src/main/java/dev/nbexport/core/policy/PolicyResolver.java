package dev.nbexport.core.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
        Optional<PolicyFile> file = projectFileFor(notebookOrDirectory);
        return policiesByFile.computeIfAbsent(file.map(PolicyFile::path), ignored -> build(file));
    }

    /**
     * A project file found beside the notebooks (not one named on the command line), with the
     * policy of the preset in force before it and after it, no other flag applied: what the file
     * alone asks for.
     */
    public record FoundFile(Path path, Policy before, Policy after) {
    }

    /**
     * The preset the command line chose: the flag's, else the one named by the policy file it
     * names; empty when the project files found, or the default, choose.
     */
    public Optional<Preset> commandLinePreset() {
        return presetFlag.or(() -> explicitFile.flatMap(this::projectFileIn).flatMap(PolicyFile::preset));
    }

    /** The policy file that applies to a notebook or directory: the one named on the command line, or the nearest project file. */
    public Optional<Path> policyFileFor(Path notebookOrDirectory) {
        return projectFileFor(notebookOrDirectory).map(PolicyFile::path);
    }

    /** The project file found for a notebook or directory, if one applies and was not named explicitly. */
    public Optional<FoundFile> foundProjectFile(Path notebookOrDirectory) {
        if (explicitFile.isPresent()) {
            return Optional.empty();
        }
        return nearestProjectFile(directoryOf(notebookOrDirectory)).map(file ->
                new FoundFile(file.path(), presetFlag.orElse(defaultPreset).policy(), presetAndFile(Optional.of(file)).build()));
    }

    /** The policy for a notebook or directory, with the origin of each of its values. */
    public ExplainedPolicy explain(Path notebookOrDirectory) {
        Optional<PolicyFile> file = projectFileFor(notebookOrDirectory);
        Preset preset = presetOf(file);
        Policy.Builder builder = Policy.builder(preset);
        Map<String, Object> fromPreset = flatten(PolicyDocument.of(builder.build()));
        file.ifPresent(f -> f.applyTo(builder));
        Map<String, Object> fromFile = flatten(PolicyDocument.of(builder.build()));
        flags.accept(builder);
        Policy policy = builder.build();
        Map<String, Object> effective = flatten(PolicyDocument.of(policy));
        String fileName = file.isPresent() ? ExplainedPolicy.FROM_FILE : null;
        Map<String, String> origins = new LinkedHashMap<>();
        for (String key : effective.keySet()) {
            if (!Objects.equals(fromFile.get(key), effective.get(key))) {
                origins.put(key, "flag");
            } else if (!Objects.equals(fromPreset.get(key), fromFile.get(key)) || file.isPresent() && file.get().sets(key)) {
                origins.put(key, fileName);
            } else {
                origins.put(key, "preset " + preset.id());
            }
        }
        origins.put("preset", presetFlag.isPresent() ? "flag"
                : file.flatMap(PolicyFile::preset).isPresent() ? fileName : "default");
        return new ExplainedPolicy(policy, file.map(PolicyFile::path), origins);
    }

    private static Map<String, Object> flatten(Map<String, Object> document) {
        Map<String, Object> flat = new LinkedHashMap<>();
        document.forEach((section, value) -> {
            if (value instanceof Map<?, ?> entries) {
                entries.forEach((key, entry) -> flat.put(section + "." + key, entry));
            } else {
                flat.put(section, value);
            }
        });
        return flat;
    }

    private Optional<PolicyFile> projectFileFor(Path notebookOrDirectory) {
        return explicitFile.isPresent()
                ? projectFileIn(explicitFile.get())
                : nearestProjectFile(directoryOf(notebookOrDirectory));
    }

    private Preset presetOf(Optional<PolicyFile> file) {
        return presetFlag.or(() -> file.flatMap(PolicyFile::preset)).orElse(defaultPreset);
    }

    private Policy build(Optional<PolicyFile> file) {
        Policy.Builder builder = presetAndFile(file);
        flags.accept(builder);
        return builder.build();
    }

    /** The preset in force, then the project file if there is one: everything but the flags. */
    private Policy.Builder presetAndFile(Optional<PolicyFile> file) {
        Policy.Builder builder = Policy.builder(presetOf(file));
        file.ifPresent(f -> f.applyTo(builder));
        return builder;
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
