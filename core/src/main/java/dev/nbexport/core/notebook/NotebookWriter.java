package dev.nbexport.core.notebook;

import dev.nbexport.core.notebook.InvalidNotebookException.Kind;
import java.util.Map;

/**
 * Writes a notebook as Jupyter ({@code nbformat.write}) does: multi-line text split into lines,
 * one-space indent, sorted keys, non-ASCII kept for nbformat 4 and escaped for 2 and 3, Python's
 * number formatting, and a final newline. A notebook without {@code nbformat} is written as
 * Jupyter writes one it takes for nbformat 1: four-space indent, keys in file order, ASCII only.
 */
public final class NotebookWriter {

    private NotebookWriter() {
    }

    /**
     * The file bytes for {@code notebook}, with CRLF line breaks when {@code crlf}. Splits the
     * notebook's text in place: the notebook is spent afterwards.
     */
    public static byte[] write(Notebook notebook, boolean crlf) {
        Transients.removeFromNotebook(notebook);
        LineLayout layout = LineLayout.of(notebook.version());
        int major = notebook.version().major();
        for (Map<String, Object> cell : notebook.cells()) {
            Transients.removeFromCell(cell, major);
            layout.splitForFile(cell);
        }
        try {
            // What was read, and a little more for the placeholders of what was dropped.
            long expected = notebook.keptBytes() + notebook.keptBytes() / 16 + 256;
            JupyterJsonWriter writer = notebook.version().declared()
                    ? new JupyterJsonWriter(notebook.version().major() < 4, 1, true, expected)
                    : new JupyterJsonWriter(true, 4, false, expected);
            return crlf ? withCrlf(writer.write(notebook.root())) : writer.writeLine(notebook.root());
        } catch (JupyterJsonWriter.LoneSurrogateException e) {
            throw new InvalidNotebookException(Kind.LONE_SURROGATE, Location.UNKNOWN,
                    "a string holds a lone UTF-16 surrogate, which cannot be written as UTF-8");
        }
    }

    /**
     * Any JSON tree (maps in the order to write) as Python's {@code json.dump(tree, indent=indent)}
     * writes it (keys in map order, non-ASCII escaped), followed by a newline.
     */
    public static byte[] writeJson(Object tree, int indent) {
        return new JupyterJsonWriter(true, indent, false).writeLine(tree);
    }

    /** Every raw newline in the output is structural: newlines inside strings are escaped. */
    private static byte[] withCrlf(byte[] json) {
        int newlines = 0;
        for (byte b : json) {
            if (b == '\n') {
                newlines++;
            }
        }
        byte[] out = new byte[json.length + newlines + 2];
        int o = 0;
        for (byte b : json) {
            if (b == '\n') {
                out[o++] = '\r';
            }
            out[o++] = b;
        }
        out[o++] = '\r';
        out[o] = '\n';
        return out;
    }
}
