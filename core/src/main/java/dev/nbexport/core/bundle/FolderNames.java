package dev.nbexport.core.bundle;

import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names of a folder's files as a bundle of it would list them in its manifest (the paths of
 * its entries, the paths it leaves home and why), judged by the text rules as the bundler judges
 * them, so that verifying a folder refuses the names that bundling it would refuse
 * ({@code output/100231_Ann_Lee.ipynb}, forty times over). The lists are read from the manifest
 * the bundler would write for the folder's {@link Selector selection}, through the same reading of
 * its free text as the bundler's and the gate's: one text, judged alike.
 *
 * <p>A finding names the folder and the list, never a name in it: the rule, its count, the list's
 * size and hash. Like the bundler's findings in its manifest, it cannot be accepted: a file is renamed instead.
 */
public final class FolderNames {

    /** Sizes and hashes hold no names: the manifest these lists are read from needs them in form only. */
    private static final String UNREAD = "0".repeat(64);

    /** The sections of a manifest's free text that the folder alone decides, and how a finding names each. */
    private static final Map<String, String> SECTIONS = Map.of(
            ManifestShape.ENTRY_PATHS, "entry paths, as a bundle of it lists them",
            ManifestShape.EXCLUDED_PATHS, "paths left home, as a bundle of it lists them",
            ManifestShape.EXCLUDED_REASONS, "reasons for what is left home, as a bundle of it gives them");

    private FolderNames() {
    }

    /**
     * What the text rules find in the names a bundle of {@code folder} would list: with
     * {@code allFiles} every path of its manifest and the reasons it gives; without it the paths of
     * the notebooks among its entries, the files such a verify reads. Findings are named after
     * {@code shownAs}, the folder as the caller shows it; the site's {@code known} values are looked
     * for in them as a bundle looks for them.
     */
    public static List<Finding> verify(Path folder, String shownAs, Policy policy, boolean allFiles, KnownValues known)
            throws IOException {
        Selection selection = new Selector(folder, List.of()).select();
        List<Manifest.Entry> entries = selection.included().stream()
                .filter(file -> allFiles || file.notebook())
                .map(file -> new Manifest.Entry(file.entryName(), 0, UNREAD, null))
                .toList();
        List<Selection.Excluded> excluded = allFiles ? selection.excluded() : List.of();
        // The policy is written into the manifest too, but is no name of the folder's: any preset's does.
        byte[] manifest = Manifest.write(Preset.EXPORT.policy(), entries, excluded, new VerifyReport(0, List.of()));
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> section : ManifestCheck.freeText(manifest).entrySet()) {
            String list = SECTIONS.get(section.getKey());
            if (list != null) {
                String where = shownAs + " (" + list + ")";
                for (Finding finding : ManifestText.verify(section.getValue(), where, policy, known)) {
                    found.add(new Finding(finding.rule(), finding.severity(), where, -1, null, null, -1, finding.size(),
                            finding.hashPrefix(), finding.message()));
                }
            }
        }
        return found;
    }
}
