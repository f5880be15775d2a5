package dev.nbexport.core.notebook;

import dev.nbexport.core.notebook.InvalidNotebookException.Kind;
import java.util.List;
import java.util.Map;

/** The structural checks that make a JSON object a notebook nbexport can strip and write back. */
final class NotebookShape {

    private NotebookShape() {
    }

    /** @param places where each top-level key's value is, for the errors */
    static FormatVersion check(Map<String, Object> root, Map<String, Location> places) {
        if (!root.containsKey("nbformat")) {
            if (!(root.get("cells") instanceof List<?> cells)) {
                throw invalid(Kind.NOT_A_NOTEBOOK, -1, "not a notebook: no \"nbformat\" key");
            }
            checkCells(cells, 0);
            onlyOneKindOfCells(root, false);
            return FormatVersion.UNDECLARED;
        }
        int major = wholeNumber(root, "nbformat", places);
        int minor = root.containsKey("nbformat_minor") ? wholeNumber(root, "nbformat_minor", places) : 0;
        if (major < 2 || major > 4) {
            throw new InvalidNotebookException(Kind.UNSUPPORTED_VERSION, placeOf("nbformat", places),
                    "nbformat " + major + " is not supported (nbformat 2, 3 and 4 are)");
        }
        FormatVersion version = new FormatVersion(major, minor);
        onlyOneKindOfCells(root, version.hasWorksheets());
        if (version.hasWorksheets()) {
            List<?> worksheets = list(root.get("worksheets"), "\"worksheets\"", placeOf("worksheets", places));
            int index = 0;
            for (Object worksheet : worksheets) {
                if (!(worksheet instanceof Map<?, ?> map)) {
                    throw invalid(Kind.NOT_A_NOTEBOOK, -1, "not a notebook: a worksheet is not an object");
                }
                index = checkCells(list(map.get("cells"), "a worksheet's \"cells\"", Location.UNKNOWN), index);
            }
        } else {
            checkCells(list(root.get("cells"), "\"cells\"", placeOf("cells", places)), 0);
        }
        return version;
    }

    /**
     * Cells sit in {@code worksheets} (nbformat 2 and 3) or in {@code cells} (4): a notebook with the
     * other key as well is not one nbformat accepts, and which of them Jupyter would show is unclear.
     */
    private static void onlyOneKindOfCells(Map<String, Object> root, boolean worksheets) {
        String other = worksheets ? "cells" : "worksheets";
        if (root.containsKey(other)) {
            throw new InvalidNotebookException(Kind.NOT_A_NOTEBOOK, new Location(-1, -1, -1, null, "/" + other),
                    "not a notebook: an nbformat " + (worksheets ? "2 or 3" : "4") + " notebook keeps its cells in \""
                            + (worksheets ? "worksheets" : "cells") + "\", yet this one has \"" + other + "\" too");
        }
    }

    private static int checkCells(List<?> cells, int firstIndex) {
        int index = firstIndex;
        for (Object cell : cells) {
            if (!(cell instanceof Map<?, ?> map)) {
                throw invalid(Kind.NOT_A_NOTEBOOK, index, "not a notebook: the cell is not an object");
            }
            Object outputs = map.get("outputs");
            if (outputs != null && !(outputs instanceof List<?>) && !(outputs instanceof Notebook.Skipped)
                    && !(outputs instanceof Notebook.Deferred)) {
                throw invalid(Kind.NOT_A_NOTEBOOK, index, "not a notebook: \"outputs\" is not an array");
            }
            Object metadata = map.get("metadata");
            if (metadata != null && !(metadata instanceof Map<?, ?>)) {
                throw invalid(Kind.NOT_A_NOTEBOOK, index, "not a notebook: the cell's \"metadata\" is not an object");
            }
            index++;
        }
        return index;
    }

    private static List<?> list(Object value, String what, Location where) {
        if (!(value instanceof List<?> list)) {
            throw new InvalidNotebookException(Kind.NOT_A_NOTEBOOK, where,
                    "not a notebook: " + what + " is " + (value == null ? "missing" : "not an array"));
        }
        return list;
    }

    private static int wholeNumber(Map<String, Object> root, String key, Map<String, Location> places) {
        if (root.get(key) instanceof Long number && number >= 0 && number <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw new InvalidNotebookException(Kind.UNSUPPORTED_VERSION, placeOf(key, places),
                "\"" + key + "\" is not a whole number of 0 or more");
    }

    /** Where a top-level key's value is; nowhere known for a key the notebook lacks. */
    private static Location placeOf(String key, Map<String, Location> places) {
        return places.getOrDefault(key, Location.UNKNOWN);
    }

    private static InvalidNotebookException invalid(Kind kind, int cell, String problem) {
        return new InvalidNotebookException(kind, new Location(-1, -1, cell, null, null), problem);
    }
}
