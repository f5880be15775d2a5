package dev.nbexport.core.notebook;

/**
 * Where in a notebook something is: a line and column in the file, and where known the cell
 * (index and id) and a JSON pointer. Unknown parts are -1 or null.
 */
public record Location(long line, long column, int cellIndex, String cellId, String pointer) {

    public static final Location UNKNOWN = new Location(-1, -1, -1, null, null);

    /** A cell id that is not of nbformat's form is left out: messages must not repeat what may be data. */
    public Location {
        cellId = isCellId(cellId) ? cellId : null;
    }

    /** nbformat's form of a cell id: 1 to 64 letters, digits, '-' and '_'. */
    public static boolean isCellId(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    public static Location at(long line, long column) {
        return new Location(line, column, -1, null, null);
    }

    public Location inCell(int index, String id) {
        return new Location(line, column, index, id, pointer);
    }

    public Location withPointer(String jsonPointer) {
        return new Location(line, column, cellIndex, cellId, jsonPointer);
    }

    /** For messages: {@code line 3, column 7, cell 2 (id "a1")} (a column only when known), or empty when nothing is known. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (cellIndex >= 0) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append("cell ").append(cellIndex);
            if (cellId != null) {
                text.append(" (id \"").append(cellId).append("\")");
            }
        }
        if (pointer != null && line <= 0) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append("at ").append(pointer.isEmpty() ? "/" : pointer);
        }
        return text.toString();
    }
}
