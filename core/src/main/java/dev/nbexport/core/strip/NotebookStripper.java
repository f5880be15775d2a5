package dev.nbexport.core.strip;

import dev.nbexport.core.io.Streams;
import dev.nbexport.core.notebook.BlankSources;
import dev.nbexport.core.notebook.FormatKeys;
import dev.nbexport.core.notebook.Location;
import dev.nbexport.core.notebook.Notebook;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.NotebookWriter;
import dev.nbexport.core.notebook.PythonText;
import dev.nbexport.core.notebook.VerbatimSource;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.RemovedKeys;
import dev.nbexport.core.policy.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Strips one notebook under a policy: reads it once, skipping what the policy drops, applies the
 * policy's rules cell by cell in nbstripout's order, and writes what is left as Jupyter would.
 * Immutable and thread-safe; one instance serves any number of notebooks.
 */
public final class NotebookStripper {

    private final Policy policy;
    private final StripPlan plan;
    /** Allowed dotted keys, relative to the metadata, with their shapes; null when the policy allows every key. */
    private final Map<String, Shape> cellMetadataAllowed;
    private final Map<String, Shape> notebookMetadataAllowed;
    private final RemovedKeys notebookKeysRemoved;
    private final RemovedKeys cellKeysRemoved;

    public NotebookStripper(Policy policy) {
        this.policy = policy;
        this.plan = new StripPlan(policy);
        this.cellMetadataAllowed = policy.cellMetadataAllowList().map(keys -> allowed(keys, "metadata.")).orElse(null);
        this.notebookMetadataAllowed = policy.notebookMetadataAllowList().map(keys -> allowed(keys, "")).orElse(null);
        this.notebookKeysRemoved = new RemovedKeys(policy.removedKeys(KeyPath.NOTEBOOK));
        this.cellKeysRemoved = new RemovedKeys(policy.removedKeys(KeyPath.CELL));
    }

    /** The allowed keys that start with {@code prefix}, without it, each with its shape. */
    private Map<String, Shape> allowed(List<KeyPath> keys, String prefix) {
        Map<String, Shape> allowed = new HashMap<>();
        for (KeyPath key : keys) {
            if (key.key().startsWith(prefix)) {
                allowed.put(key.key().substring(prefix.length()), policy.shapeOf(key));
            }
        }
        return allowed;
    }

    public StripResult strip(NotebookSource source) throws IOException {
        if (BlankSources.holdsNothing(source)) {
            return StripResult.blank(source);
        }
        Notebook notebook = NotebookReader.read(source, plan);
        Counts counts = new Counts();
        boolean keepOutput = stripNotebookMetadata(notebook, counts);
        stripWorksheets(notebook, counts);
        if (policy.dropUnknownKeys()) {
            counts.metadataKeys += dropUnknownKeys(notebook.root(), FormatKeys.TOP_LEVEL);
            for (Map<String, Object> cell : notebook.cells()) {
                counts.metadataKeys += dropUnknownKeys(cell, FormatKeys.CELL);
            }
        }
        CellRules rules = new CellRules(policy, source, notebook, keepOutput, counts);
        rules.apply();
        byte[] bytes = NotebookWriter.write(notebook, notebook.crlf() && !policy.unixNewlines());
        boolean changed = !sameContent(source, bytes);
        return new StripResult(bytes, changed, counts.toStats(Math.max(0, source.length() - bytes.length)));
    }

    /** Applies the notebook-level rules; returns whether outputs are kept by default. */
    private boolean stripNotebookMetadata(Notebook notebook, Counts counts) {
        Map<String, Object> metadata = notebook.metadata();
        boolean keepOutput = policy.keepOutput();
        if (!keepOutput && policy.honourNotebookOptOuts() && metadata.containsKey(NotebookOptOuts.KEEP_OUTPUT)) {
            keepOutput = PythonText.truthy(metadata.get(NotebookOptOuts.KEEP_OUTPUT));
        }
        if (metadata.isEmpty()) {
            return keepOutput;
        }
        counts.metadataKeys += notebookKeysRemoved.removeFrom(metadata);
        if (notebookMetadataAllowed != null) {
            counts.metadataKeys += AllowList.retain(metadata, notebookMetadataAllowed);
        }
        metadata.values().removeIf(value -> value instanceof Notebook.Skipped);
        return keepOutput;
    }

    /**
     * nbformat 2 and 3: a worksheet holds its cells and metadata, which nothing in Jupyter reads;
     * under an allow-list (export) that metadata keeps nothing, and unknown keys go.
     */
    @SuppressWarnings("unchecked")
    private void stripWorksheets(Notebook notebook, Counts counts) {
        if (!(notebook.root().get("worksheets") instanceof List<?> worksheets)) {
            return;
        }
        for (Object item : worksheets) {
            if (!(item instanceof Map<?, ?> map)) {
                continue;
            }
            Map<String, Object> worksheet = (Map<String, Object>) map;
            if (policy.dropUnknownKeys()) {
                counts.metadataKeys += dropUnknownKeys(worksheet, FormatKeys.WORKSHEET);
            }
            if (notebookMetadataAllowed != null && worksheet.get("metadata") instanceof Map<?, ?> metadata) {
                counts.metadataKeys += metadata.size();
                metadata.clear();
            }
        }
    }

    private static int dropUnknownKeys(Map<String, Object> map, Set<String> known) {
        int before = map.size();
        map.keySet().retainAll(known);
        return before - map.size();
    }

    private static boolean sameContent(NotebookSource source, byte[] bytes) throws IOException {
        if (source.length() != bytes.length) {
            return false;
        }
        try (InputStream in = source.open()) {
            return Streams.holdsExactly(in, bytes);
        }
    }

    /** Running totals for {@link StripStats}. */
    static final class Counts {
        int outputs;
        int images;
        int attachments;
        int dataUris;
        int cells;
        int metadataKeys;

        StripStats toStats(long bytesRemoved) {
            return new StripStats(outputs, images, attachments, dataUris, cells, metadataKeys, bytesRemoved);
        }
    }

    /** The per-cell rules, in nbstripout's order: filter cells, then for each kept cell outputs, counts, id, keys. */
    private final class CellRules {
        private final Policy policy;
        private final NotebookSource source;
        private final Notebook notebook;
        private final boolean keepOutput;
        private final Counts counts;
        /** The cells as read, before any was dropped: where a kept cell stands in the file. */
        private List<Map<String, Object>> asRead;
        /** Made once: a lambda made for every cell would cost an allocation through the JVM each time. */
        private final Function<Map<String, Object>, Location> places = this::location;

        CellRules(Policy policy, NotebookSource source, Notebook notebook, boolean keepOutput, Counts counts) {
            this.policy = policy;
            this.source = source;
            this.notebook = notebook;
            this.keepOutput = keepOutput;
            this.counts = counts;
        }

        void apply() throws IOException {
            asRead = new ArrayList<>(notebook.cells());
            counts.cells += notebook.removeCellsIf(this::dropped);
            List<Map<String, Object>> cells = notebook.cells();
            for (int i = 0; i < cells.size(); i++) {
                stripCell(cells.get(i), i);
            }
        }

        private boolean dropped(Map<String, Object> cell) {
            if (policy.dropEmptyCells()) {
                String text = VerbatimSource.textOf(sourceText(cell));
                if (text == null || !PythonText.hasNonWhitespace(text)) {
                    return true;
                }
            }
            if (!policy.dropTaggedCells().isEmpty() && cell.get("metadata") instanceof Map<?, ?> metadata) {
                Object tags = metadata.get("tags");
                return tags instanceof List<?> list && policy.dropTaggedCells().stream().anyMatch(list::contains);
            }
            return false;
        }

        /** nbformat 2 and 3 keep a code cell's text in {@code input}. */
        private Object sourceText(Map<String, Object> cell) {
            return notebook.version().hasWorksheets() && "code".equals(cell.get("cell_type"))
                    ? cell.get("input")
                    : cell.get("source");
        }

        private void stripCell(Map<String, Object> cell, int index) throws IOException {
            boolean keepThis = policy.honourNotebookOptOuts()
                    ? NotebookOptOuts.keepOutput(cell, keepOutput, policy.stripInitCells(), places)
                    : keepOutput;
            if (cell.containsKey("outputs")) {
                stripOutputs(cell, keepThis);
            }
            if (!policy.keepCount()) {
                nullIfPresent(cell, "prompt_number");
                nullIfPresent(cell, "execution_count");
            }
            if (!policy.keepId() && (cell.containsKey("id") || notebook.version().hasCellIds())) {
                cell.put("id", Integer.toString(index));
            }
            counts.metadataKeys += cellKeysRemoved.removeFrom(cell);
            if (policy.stripAttachments()) {
                removeAttachments(cell);
            }
            if (policy.stripDataUris() && !"code".equals(cell.get("cell_type"))) {
                replaceDataUris(cell);
            }
            if (cellMetadataAllowed != null && cell.get("metadata") instanceof Map<?, ?> metadata) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) metadata;
                counts.metadataKeys += AllowList.retain(map, cellMetadataAllowed);
            }
            if (policy.dropUnknownKeys() && cell.get("cell_type") instanceof String type && FormatKeys.TEXT_CELL_TYPES.contains(type)) {
                removeKeysOfCode(cell);
            }
        }

        /**
         * A text cell's keys that only code cells have, removed once the cell's outputs were
         * stripped (and counted as outputs): the cell keeps what nbformat defines for its type.
         */
        private void removeKeysOfCode(Map<String, Object> cell) {
            for (String key : FormatKeys.CODE_CELL_ONLY) {
                if (cell.containsKey(key)) {
                    Object value = cell.remove(key);
                    if (key.equals("outputs")) {
                        removeAll(value);
                    }
                    counts.metadataKeys++;
                }
            }
        }

        /** Where a cell stands, for an error: looked up only then. */
        private Location location(Map<String, Object> cell) {
            int index = 0;
            while (index < asRead.size() && asRead.get(index) != cell) {
                index++;
            }
            return new Location(-1, -1, index, cell.get("id") instanceof String id ? id : null, null);
        }

        private void replaceDataUris(Map<String, Object> cell) {
            Object source = cell.get("source");
            // A source copied verbatim is decoded only if its bytes show a data URI may be there.
            if (source instanceof VerbatimSource verbatim && DataUris.HINTS.stream().noneMatch(verbatim::mayContainIgnoringCase)) {
                return;
            }
            String text = VerbatimSource.textOf(source);
            if (text == null) {
                return;
            }
            DataUris.Replaced replaced = DataUris.replace(text);
            if (replaced.count() > 0) {
                cell.put("source", replaced.text());
                counts.dataUris += replaced.count();
            }
        }

        private void stripOutputs(Map<String, Object> cell, boolean keepThis) throws IOException {
            Object stored = cell.get("outputs");
            boolean filter = !keepThis || !policy.keepOutputTypes().isEmpty();
            if (filter && policy.maxSize() == 0 && policy.keepOutputTypes().isEmpty()) {
                removeAll(stored);
                cell.put("outputs", new ArrayList<>());
                return;
            }
            List<Object> outputs = materialise(cell, stored);
            List<Object> kept = new ArrayList<>();
            for (Object output : outputs) {
                if (!filter || keptByFilter(output)) {
                    kept.add(output);
                }
            }
            if (!policy.keepCount()) {
                for (Object output : kept) {
                    if (output instanceof Map<?, ?> map && map.containsKey("execution_count")) {
                        asMap(map).put("execution_count", null);
                    }
                }
            }
            if (!policy.dropOutputTypes().isEmpty()) {
                kept.removeIf(output -> output instanceof Map<?, ?> map
                        && policy.dropOutputTypes().stream().anyMatch(type -> type.matches(asMap(map))));
            }
            Set<Object> survivors = Collections.newSetFromMap(new IdentityHashMap<>());
            survivors.addAll(kept);
            for (Object output : outputs) {
                if (!survivors.contains(output)) {
                    counts.outputs++;
                    counts.images += OutputSize.hasImage(output) ? 1 : 0;
                }
            }
            cell.put("outputs", kept);
        }

        private boolean keptByFilter(Object output) {
            return OutputSize.of(output) <= policy.maxSize()
                    || output instanceof Map<?, ?> map
                    && policy.keepOutputTypes().stream().anyMatch(type -> type.matches(asMap(map)));
        }

        private List<Object> materialise(Map<String, Object> cell, Object stored) throws IOException {
            if (stored instanceof Notebook.Deferred deferred) {
                List<Object> outputs = NotebookReader.readDeferred(source, deferred);
                cell.put("outputs", outputs);
                notebook.rejoin(cell);
                return outputs;
            }
            return stored instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
        }

        private void removeAll(Object stored) {
            if (stored instanceof Notebook.Deferred deferred) {
                counts.outputs += deferred.count();
                counts.images += deferred.images();
            } else if (stored instanceof Notebook.Skipped skipped) {
                counts.outputs += skipped.count();
                counts.images += skipped.images();
            } else if (stored instanceof List<?> list) {
                counts.outputs += list.size();
                counts.images += (int) list.stream().filter(OutputSize::hasImage).count();
            }
        }

        private void removeAttachments(Map<String, Object> cell) {
            Object attachments = cell.remove("attachments");
            if (attachments instanceof Notebook.Skipped skipped) {
                counts.attachments += skipped.count();
            } else if (attachments instanceof Map<?, ?> map) {
                counts.attachments += map.size();
            }
        }
    }

    private static void nullIfPresent(Map<String, Object> map, String key) {
        if (map.containsKey(key)) {
            map.put(key, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
