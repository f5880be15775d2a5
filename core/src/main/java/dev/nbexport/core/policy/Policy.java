package dev.nbexport.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What stripping removes and keeps: one immutable value built from a preset, then a project file
 * ({@code .nbexport.yaml}), then command-line flags. Field names follow nbstripout's flags.
 *
 * @param preset             the preset this policy started from
 * @param keepOutput         keep every cell's outputs ({@code --keep-output})
 * @param keepCount          keep execution counts ({@code --keep-count})
 * @param keepId             keep cell ids; otherwise they become "0", "1", ... ({@code --keep-id})
 * @param honourNotebookOptOuts honour {@code keep_output} and {@code init_cell} written inside the
 *                           notebook (tag, cell metadata, notebook metadata)
 * @param stripInitCells     strip outputs of {@code init_cell} cells too ({@code --strip-init-cells})
 * @param dropEmptyCells     remove cells whose source is only white space ({@code --drop-empty-cells})
 * @param dropTaggedCells    remove cells carrying any of these tags ({@code --drop-tagged-cells})
 * @param maxSize            keep outputs whose text is at most this many characters ({@code --max-size}); 0 keeps none
 * @param keepOutputTypes    keep outputs of these types ({@code --keep-output-type})
 * @param dropOutputTypes    drop outputs of these types even when others are kept ({@code --drop-output-type})
 * @param removedKeys        metadata keys removed from the notebook ({@code metadata.*}) and cells ({@code cell.*})
 * @param cellMetadataAllowList when present, every cell metadata key not on the list is removed
 * @param notebookMetadataAllowList when present, every notebook metadata key not on the list is removed
 * @param metadataShapes     the shape a value kept by an allow-list must have, by allow-listed key; a key
 *                           without one is kept whatever it holds
 * @param stripAttachments   remove cell attachments
 * @param stripDataUris      replace {@code data:} URIs in markdown and raw cells by a placeholder
 * @param dropUnknownKeys    remove keys the notebook format does not define, at the top level and in cells
 * @param unixNewlines       write LF even when the input used CRLF ({@code --unix-newlines})
 * @param verify             severities and thresholds of the verifier's rules
 */
public record Policy(
        String preset,
        boolean keepOutput,
        boolean keepCount,
        boolean keepId,
        boolean honourNotebookOptOuts,
        boolean stripInitCells,
        boolean dropEmptyCells,
        List<String> dropTaggedCells,
        long maxSize,
        Set<OutputType> keepOutputTypes,
        Set<OutputType> dropOutputTypes,
        List<KeyPath> removedKeys,
        Optional<List<KeyPath>> cellMetadataAllowList,
        Optional<List<KeyPath>> notebookMetadataAllowList,
        Map<KeyPath, Shape> metadataShapes,
        boolean stripAttachments,
        boolean stripDataUris,
        boolean dropUnknownKeys,
        boolean unixNewlines,
        VerifySettings verify) {

    public Policy {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(verify, "verify");
        dropTaggedCells = List.copyOf(dropTaggedCells);
        keepOutputTypes = Set.copyOf(new LinkedHashSet<>(keepOutputTypes));
        dropOutputTypes = Set.copyOf(new LinkedHashSet<>(dropOutputTypes));
        removedKeys = List.copyOf(removedKeys);
        cellMetadataAllowList = cellMetadataAllowList.map(List::copyOf);
        notebookMetadataAllowList = notebookMetadataAllowList.map(List::copyOf);
        metadataShapes = Map.copyOf(metadataShapes);
        if (maxSize < 0) {
            throw new IllegalArgumentException("max-size must not be negative: " + maxSize);
        }
    }

    /** The removed keys that apply in {@code scope}: {@link KeyPath#NOTEBOOK} or {@link KeyPath#CELL}. */
    public List<KeyPath> removedKeys(String scope) {
        // A loop, not a stream: this runs for every notebook, where a stream's machinery costs more
        // to start than the work it does.
        List<KeyPath> inScope = new ArrayList<>(removedKeys.size());
        for (KeyPath key : removedKeys) {
            if (key.scope().equals(scope)) {
                inScope.add(key);
            }
        }
        return Collections.unmodifiableList(inScope);
    }

    /** The shape a value kept under the allow-listed {@code key} must have: {@link Shape#ANY} when the policy sets none. */
    public Shape shapeOf(KeyPath key) {
        return metadataShapes.getOrDefault(key, Shape.ANY);
    }

    /** Whether any cell's outputs may survive; when not, outputs are skipped unread. */
    public boolean mayKeepOutputs() {
        return keepOutput || honourNotebookOptOuts || maxSize > 0 || !keepOutputTypes.isEmpty();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(Preset preset) {
        return preset.policy().toBuilder();
    }

    /** Changes a policy one setting at a time; flags and project files both go through it. */
    public static final class Builder {
        private String preset;
        private boolean keepOutput;
        private boolean keepCount;
        private boolean keepId;
        private boolean honourNotebookOptOuts;
        private boolean stripInitCells;
        private boolean dropEmptyCells;
        private final List<String> dropTaggedCells;
        private long maxSize;
        private final Set<OutputType> keepOutputTypes;
        private final Set<OutputType> dropOutputTypes;
        private final List<KeyPath> removedKeys;
        private Optional<List<KeyPath>> cellMetadataAllowList;
        private Optional<List<KeyPath>> notebookMetadataAllowList;
        private final Map<KeyPath, Shape> metadataShapes;
        private boolean stripAttachments;
        private boolean stripDataUris;
        private boolean dropUnknownKeys;
        private boolean unixNewlines;
        private VerifySettings verify;

        private Builder(Policy p) {
            preset = p.preset;
            keepOutput = p.keepOutput;
            keepCount = p.keepCount;
            keepId = p.keepId;
            honourNotebookOptOuts = p.honourNotebookOptOuts;
            stripInitCells = p.stripInitCells;
            dropEmptyCells = p.dropEmptyCells;
            dropTaggedCells = new ArrayList<>(p.dropTaggedCells);
            maxSize = p.maxSize;
            keepOutputTypes = new LinkedHashSet<>(p.keepOutputTypes);
            dropOutputTypes = new LinkedHashSet<>(p.dropOutputTypes);
            removedKeys = new ArrayList<>(p.removedKeys);
            cellMetadataAllowList = p.cellMetadataAllowList;
            notebookMetadataAllowList = p.notebookMetadataAllowList;
            metadataShapes = new HashMap<>(p.metadataShapes);
            stripAttachments = p.stripAttachments;
            stripDataUris = p.stripDataUris;
            dropUnknownKeys = p.dropUnknownKeys;
            unixNewlines = p.unixNewlines;
            verify = p.verify;
        }

        public Builder keepOutput(boolean v) { keepOutput = v; return this; }
        public Builder keepCount(boolean v) { keepCount = v; return this; }
        public Builder keepId(boolean v) { keepId = v; return this; }
        public Builder honourNotebookOptOuts(boolean v) { honourNotebookOptOuts = v; return this; }
        public Builder stripInitCells(boolean v) { stripInitCells = v; return this; }
        public Builder dropEmptyCells(boolean v) { dropEmptyCells = v; return this; }
        public Builder maxSize(long v) { maxSize = v; return this; }
        public Builder stripAttachments(boolean v) { stripAttachments = v; return this; }
        public Builder stripDataUris(boolean v) { stripDataUris = v; return this; }
        public Builder dropUnknownKeys(boolean v) { dropUnknownKeys = v; return this; }
        public Builder unixNewlines(boolean v) { unixNewlines = v; return this; }
        /** Adds severities and thresholds over those already set. */
        public Builder verify(VerifySettings v) { verify = verify.with(v); return this; }

        public Builder dropTaggedCells(List<String> tags) {
            for (String tag : tags) {
                if (!dropTaggedCells.contains(tag)) {
                    dropTaggedCells.add(tag);
                }
            }
            return this;
        }

        public Builder keepOutputTypes(List<OutputType> types) { keepOutputTypes.addAll(types); return this; }
        public Builder dropOutputTypes(List<OutputType> types) { dropOutputTypes.addAll(types); return this; }

        /**
         * Removes these keys too ({@code --extra-keys}).
         *
         * @throws KeyPath.RequiredKeyException for a key nbformat requires (see {@link KeyPath#removable})
         */
        public Builder extraKeys(List<KeyPath> keys) {
            for (KeyPath key : keys) {
                if (key.required()) {
                    throw new KeyPath.RequiredKeyException(key);
                }
                if (!removedKeys.contains(key)) {
                    removedKeys.add(key);
                }
            }
            return this;
        }

        /** The id of the preset this policy started from. */
        public String preset() {
            return preset;
        }

        /**
         * Keeps these keys after all, whether a preset or {@code extraKeys} removed them ({@code
         * --keep-metadata-keys}); a key the allow-list keeps only in a certain shape is then kept as it is.
         */
        public Builder keepMetadataKeys(List<KeyPath> keys) {
            removedKeys.removeAll(keys);
            metadataShapes.keySet().removeAll(keys);
            cellMetadataAllowList = cellMetadataAllowList.map(list -> withAll(list, keys, KeyPath.CELL));
            notebookMetadataAllowList = notebookMetadataAllowList.map(list -> withAll(list, keys, KeyPath.NOTEBOOK));
            return this;
        }

        private static List<KeyPath> withAll(List<KeyPath> list, List<KeyPath> added, String scope) {
            List<KeyPath> result = new ArrayList<>(list);
            for (KeyPath key : added) {
                if (key.scope().equals(scope) && !result.contains(key)) {
                    result.add(key);
                }
            }
            return result;
        }

        public Policy build() {
            return new Policy(preset, keepOutput, keepCount, keepId, honourNotebookOptOuts, stripInitCells,
                    dropEmptyCells, dropTaggedCells, maxSize, keepOutputTypes, dropOutputTypes, removedKeys,
                    cellMetadataAllowList, notebookMetadataAllowList, metadataShapes, stripAttachments, stripDataUris, dropUnknownKeys,
                    unixNewlines, verify);
        }
    }
}
