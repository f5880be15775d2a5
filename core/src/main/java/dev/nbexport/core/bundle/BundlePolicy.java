package dev.nbexport.core.bundle;

import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.ScanSettings;
import dev.nbexport.core.verify.Severities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The policy a bundle strips and verifies under: the export preset, which a project file may
 * tighten, and which only the person bundling may loosen (flags, or a policy file named on the
 * command line). A project file found in the tree is part of what is leaving: were it to loosen the
 * policy (keep outputs, switch a rule off), the tree would decide what leaves with it.
 */
public final class BundlePolicy {

    /**
     * Where the person bundling may loosen the policy, as a refusal names it: the command line's
     * options, or those of another front end (a build plugin's parameters).
     *
     * @param source where looser settings come from, such as {@code its command line}
     * @param preset how a preset is chosen there, {@code %1$s} standing for its name: {@code --preset %1$s}
     * @param others how a policy file or single settings are given there: {@code --policy FILE, or flags}
     */
    public record Loosening(String source, String preset, String others) {

        /** The command line's options. */
        public static final Loosening COMMAND_LINE = new Loosening("its command line", "--preset %1$s", "--policy FILE, or flags");
    }

    private BundlePolicy() {
    }

    /**
     * The policy for bundling {@code root} (or for the gate's reading of a bundle there); an
     * {@link InvalidPolicyException} naming the project file and its settings when a project file
     * found there loosens the preset the command line chose (export by default).
     */
    public static Policy resolve(PolicyResolver resolver, Path root) {
        return resolve(resolver, root, Loosening.COMMAND_LINE);
    }

    /** As {@link #resolve(PolicyResolver, Path)}, a refusal naming the ways to loosen {@code loosening} gives. */
    public static Policy resolve(PolicyResolver resolver, Path root, Loosening loosening) {
        return resolve(resolver, root, false, loosening);
    }

    /**
     * The policy the gate reads the bundle {@code archive} under: as {@link #resolve}, and a project
     * file found near it may not accept findings either. Such a file may have arrived with the
     * bundle, the site's own file copied beside it accepts exactly what the site accepted; the gate
     * takes acceptances from its command line only ({@code --policy FILE}).
     */
    public static Policy forGate(PolicyResolver resolver, Path archive) {
        return resolve(resolver, archive, true, Loosening.COMMAND_LINE);
    }

    /**
     * For {@code verify} under the export preset the command line chose ({@code verify --preset
     * export}, the check before bundling), so that it passes only where the bundle would: a project
     * file that applies to any of {@code paths} (folders, files) and loosens the preset is refused as
     * {@link #resolve} refuses it for a bundle, a file deeper in a folder too, as verify would read
     * that folder's files under it. Under another preset verify reads the project files as they are.
     *
     * @return the settings by which the command line (flags, a policy file it names) loosens the
     *         export preset, for the run to name as a bundle names them; empty under another preset
     */
    public static List<String> forVerify(PolicyResolver resolver, Collection<Path> paths, Loosening loosening) {
        if (!resolver.commandLinePreset().equals(Optional.of(Preset.EXPORT))) {
            return List.of();
        }
        // The files read are judged as a bundle judges the files it takes.
        TreePolicies policies = TreePolicies.of(resolver, loosening);
        paths.forEach(policies::of);
        return policies.loosened();
    }

    private static Policy resolve(PolicyResolver resolver, Path root, boolean atTheGate, Loosening loosening) {
        // The file is judged alone: a flag that changes the same setting must not hide what the file asks for.
        resolver.foundProjectFile(root).ifPresent(found -> {
            List<String> loosened = looserThan(found.after(), found.before());
            if (atTheGate && !found.after().verify().accepted().isEmpty()) {
                loosened.add("verify.accepted");
            }
            if (!loosened.isEmpty()) {
                boolean preset = !found.after().preset().equals(found.before().preset());
                throw new InvalidPolicyException(found.path(), "loosens the " + found.before().preset()
                        + " preset a bundle starts from" + (preset ? " with its preset: " + found.after().preset() : "")
                        + " (" + String.join(", ", loosened) + "); a bundle takes looser settings only from "
                        + loosening.source() + " (" + (preset ? loosening.preset().formatted(found.before().preset())
                        + " overrides the file's preset; " : "") + loosening.others() + ")");
            }
        });
        return resolver.forPath(root);
    }

    /**
     * The settings under which {@code policy} lets through something the export preset would not:
     * what the person bundling loosened on the command line, which the bundle's output names.
     */
    public static List<String> looserThanExport(Policy policy) {
        return looserThan(policy, Preset.EXPORT.policy());
    }

    /**
     * The settings (named as in project files: {@code strip.keep-output}, {@code verify.rules}, ...)
     * under which {@code policy} lets through something {@code floor} would not. Settings that only
     * shape what is kept (newlines, dropping cells) are not about data and are not compared.
     */
    static List<String> looserThan(Policy policy, Policy floor) {
        List<String> looser = new ArrayList<>();
        addIf(looser, "strip.keep-output", policy.keepOutput() && !floor.keepOutput());
        addIf(looser, "strip.keep-count", policy.keepCount() && !floor.keepCount());
        // An id is up to 64 characters the author chose, in every cell; the floor renumbers them.
        addIf(looser, "strip.keep-id", policy.keepId() && !floor.keepId());
        addIf(looser, "strip.honour-notebook-opt-outs", policy.honourNotebookOptOuts() && !floor.honourNotebookOptOuts());
        addIf(looser, "strip.max-size", policy.maxSize() > floor.maxSize());
        addIf(looser, "strip.keep-output-types", !floor.keepOutputTypes().containsAll(policy.keepOutputTypes()));
        addIf(looser, "strip.removed-keys", !policy.removedKeys().containsAll(floor.removedKeys()));
        addIf(looser, "strip.cell-metadata-allow-list",
                allowsMore(policy.cellMetadataAllowList(), floor.cellMetadataAllowList()));
        addIf(looser, "strip.notebook-metadata-allow-list",
                allowsMore(policy.notebookMetadataAllowList(), floor.notebookMetadataAllowList()));
        // A key kept on request (--keep-metadata-keys) keeps any value, where the floor allows one shape.
        addIf(looser, "strip.metadata-shapes", floor.metadataShapes().entrySet().stream()
                .anyMatch(shaped -> !policy.shapeOf(shaped.getKey()).equals(shaped.getValue())));
        addIf(looser, "strip.strip-attachments", !policy.stripAttachments() && floor.stripAttachments());
        addIf(looser, "strip.strip-data-uris", !policy.stripDataUris() && floor.stripDataUris());
        addIf(looser, "strip.drop-unknown-keys", !policy.dropUnknownKeys() && floor.dropUnknownKeys());
        Severities severities = Severities.of(policy.verify());
        Severities floorSeverities = Severities.of(floor.verify());
        boolean milder = false;
        for (Rule rule : Rule.values()) {
            // ERROR, WARNING, OFF: a later one is milder.
            milder |= severities.of(rule).compareTo(floorSeverities.of(rule)) > 0;
        }
        addIf(looser, "verify.rules", milder);
        ScanSettings scan = ScanSettings.of(policy.verify());
        ScanSettings floorScan = ScanSettings.of(floor.verify());
        // Every threshold is the size from which a finding is raised: a larger one lets more through.
        addIf(looser, "verify.blob-min-length", scan.blobMinLength() > floorScan.blobMinLength());
        addIf(looser, "verify.hex-min-length", scan.hexMinLength() > floorScan.hexMinLength());
        addIf(looser, "verify.long-line-length", scan.longLineLength() > floorScan.longLineLength());
        addIf(looser, "verify.table-min-rows", scan.tableMinRows() > floorScan.tableMinRows());
        addIf(looser, "verify.email-list-min-count", scan.emailListMinCount() > floorScan.emailListMinCount());
        addIf(looser, "verify.iban-list-min-count", scan.ibanListMinCount() > floorScan.ibanListMinCount());
        addIf(looser, "verify.card-list-min-count", scan.cardListMinCount() > floorScan.cardListMinCount());
        addIf(looser, "verify.national-id-list-min-count", scan.nationalIdListMinCount() > floorScan.nationalIdListMinCount());
        addIf(looser, "verify.max-file-size-mib", FileVerifier.maxFileSize(policy) > FileVerifier.maxFileSize(floor));
        return looser;
    }

    private static void addIf(List<String> settings, String setting, boolean looser) {
        if (looser) {
            settings.add(setting);
        }
    }

    /** Whether an allow-list keeps a key the floor's does not (no list at all keeps every key). */
    private static boolean allowsMore(Optional<List<KeyPath>> allowed, Optional<List<KeyPath>> floor) {
        if (floor.isEmpty()) {
            return false;
        }
        if (allowed.isEmpty()) {
            return true;
        }
        List<String> floorKeys = floor.get().stream().map(KeyPath::toString).toList();
        return allowed.get().stream().map(KeyPath::toString)
                .anyMatch(key -> floorKeys.stream().noneMatch(f -> key.equals(f) || key.startsWith(f + ".")));
    }
}
