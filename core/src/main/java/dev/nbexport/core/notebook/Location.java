package dev.nbexport.core.notebook;

/**
 * Where in a notebook something is: a line and column in the file, and where known the cell
 * (index and id) and a JSON pointer. Unknown parts are -1 or null. A column counts characters
 * (Unicode code points) from 1, as messages show it; while a file is read, the parser's places
 * count bytes until {@link Columns#inCharacters} counts them again.
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

    /**
     * The place for messages, as every error and report shows one: {@code line 3, column 7, cell 2
     * (id a1), /cells/2/source} (each part only when known), or empty when nothing is known.
     */
    public String describe() {
        return describe(line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "");
    }

    /** As {@link #describe()}, for what runs from this line to {@code lastLine}: {@code lines 14-50, cell 0, /cells/0/source}. */
    public String describeThrough(long lastLine) {
        return describe("lines " + line + "-" + lastLine);
    }

    private String describe(String lines) {
        StringBuilder text = new StringBuilder(lines);
        if (cellIndex >= 0) {
            text.append(text.isEmpty() ? "" : ", ").append("cell ").append(cellIndex);
            if (cellId != null) {
                text.append(" (id ").append(cellId).append(')');
            }
        }
        if (pointer != null && !pointer.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ").append(pointer);
        }
        return text.toString();
    }
}
