package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's indent and key-order settings, each against what Python's json.dumps writes. */
class JupyterJsonWriterTest {

    private static String write(JupyterJsonWriter writer, Object tree) {
        return new String(writer.write(tree), StandardCharsets.UTF_8);
    }

    /** {"z": [1, {}], "a": {"é": "ü"}, "m": []} in that order. */
    private static Map<String, Object> tree() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("\u00e9", "\u00fc");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("z", new ArrayList<>(List.of(1L, new LinkedHashMap<>())));
        root.put("a", inner);
        root.put("m", new ArrayList<>());
        return root;
    }

    @Test
    void notebookLayoutIsOneSpaceIndentWithSortedKeys() {
        assertEquals("{\n \"a\": {\n  \"\u00e9\": \"\u00fc\"\n },\n \"m\": [],\n \"z\": [\n  1,\n  {}\n ]\n}",
                write(new JupyterJsonWriter(false), tree()));
    }

    @Test
    void ensureAsciiEscapesNonAsciiCharacters() {
        assertEquals("{\n \"a\": {\n  \"\\u00e9\": \"\\u00fc\"\n },\n \"m\": [],\n \"z\": [\n  1,\n  {}\n ]\n}",
                write(new JupyterJsonWriter(true), tree()));
    }

    @Test
    void unsortedKeysAreWrittenInMapOrderAtTheChosenIndent() {
        assertEquals("{\n    \"z\": [\n        1,\n        {}\n    ],\n    \"a\": {\n        \"\\u00e9\": \"\\u00fc\"\n    },"
                + "\n    \"m\": []\n}", write(new JupyterJsonWriter(true, 4, false), tree()));
        assertEquals("{\n  \"z\": [\n    1,\n    {}\n  ],\n  \"a\": {\n    \"\\u00e9\": \"\\u00fc\"\n  },\n  \"m\": []\n}",
                write(new JupyterJsonWriter(true, 2, false), tree()));
    }

    @Test
    void sortedKeysFollowCodePointsNotUtf16Units() {
        // Python orders U+FF01 before U+1F600; comparing UTF-16 units would put the surrogate pair first.
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("\uD83D\uDE00", 1L);
        root.put("\uFF01", 2L);
        root.put("B", 3L);
        root.put("a", 4L);
        assertEquals("{\n \"B\": 3,\n \"a\": 4,\n \"\\uff01\": 2,\n \"\\ud83d\\ude00\": 1\n}",
                write(new JupyterJsonWriter(true), root));
    }

    @Test
    void aMapInUtf16OrderIsStillWrittenInCodePointOrder() {
        // Keys in UTF-16 order are not yet in Python's order; keys already in Python's order stay.
        Map<String, Object> utf16Order = new LinkedHashMap<>();
        utf16Order.put("\uD83D\uDE00", 1L);
        utf16Order.put("\uFF01", 2L);
        Map<String, Object> pythonOrder = new LinkedHashMap<>();
        pythonOrder.put("\uFF01", 2L);
        pythonOrder.put("\uD83D\uDE00", 1L);
        String expected = "{\n \"\\uff01\": 2,\n \"\\ud83d\\ude00\": 1\n}";
        assertEquals(expected, write(new JupyterJsonWriter(true), utf16Order));
        assertEquals(expected, write(new JupyterJsonWriter(true), pythonOrder));
    }

    @Test
    void writeJsonEndsWithANewlineAndKeepsMapOrder() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("b", true);
        root.put("a", null);
        assertEquals("{\n  \"b\": true,\n  \"a\": null\n}\n",
                new String(NotebookWriter.writeJson(root, 2), StandardCharsets.UTF_8));
    }

    @Test
    void longStringsAreWrittenWholeWhereverPairsAndEscapesFall() {
        // The writer copies strings in segments of 4096 characters; pairs and escapes at the seams.
        for (int at = 4090; at <= 4100; at++) {
            String text = "a".repeat(at) + "\uD83D\uDE00\"\n\u00e9" + "b".repeat(9000) + "\u0001";
            String expected = "\"" + "a".repeat(at) + "\uD83D\uDE00\\\"\\n\u00e9" + "b".repeat(9000) + "\\u0001\"";
            assertEquals(expected, write(new JupyterJsonWriter(false), text));
            String ascii = "\"" + "a".repeat(at) + "\\ud83d\\ude00\\\"\\n\\u00e9" + "b".repeat(9000) + "\\u0001\"";
            assertEquals(ascii, write(new JupyterJsonWriter(true), text));
        }
    }

    @Test
    void aLoneSurrogateAtASeamIsRefused() {
        for (String text : List.of("a".repeat(4095) + "\uD83D", "a".repeat(4095) + "\uD83Dx", "a".repeat(4096) + "\uDE00")) {
            assertThrows(JupyterJsonWriter.LoneSurrogateException.class, () -> new JupyterJsonWriter(false).write(text));
        }
    }
}
