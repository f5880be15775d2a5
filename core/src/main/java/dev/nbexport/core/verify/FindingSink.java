package dev.nbexport.core.verify;

import java.nio.charset.StandardCharsets;

/** Where checks send what they find. */
interface FindingSink {

    void report(Rule rule, NotebookVerifier.Place place, long size, String hash, String message);

    /** Reports what was found as {@code text} by its size in UTF-8 and its SHA-256 (reports show a prefix), never the text itself; null: neither. */
    default void reportText(Rule rule, NotebookVerifier.Place place, String text, String message) {
        report(rule, place, text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length,
                text == null ? null : Hashes.of(text), message);
    }

    /** Runs the text rules over a string found at {@code place}: one JSON string, or strings joined, found on its line. */
    default void scanText(String text, NotebookVerifier.Place place, boolean dataUrisAreData) {
        scanText(text, place, dataUrisAreData, false);
    }

    /**
     * Runs the text rules over a string found at {@code place}; with {@code linesAreFileLines} its
     * lines are the file's from the place's line on (a cell's source as Jupyter lays it out), else
     * all of it is placed at the place's line, where a JSON string lies whole.
     */
    void scanText(String text, NotebookVerifier.Place place, boolean dataUrisAreData, boolean linesAreFileLines);

    /** Runs the text rules that read a kept output's text ({@link OutputText#readsOutputs}) over a text of one, as {@link #scanText}. */
    void scanOutputText(String text, NotebookVerifier.Place place, boolean linesAreFileLines);

    /** Whether {@code data:} URIs count as data under the policy in force. */
    boolean dataUrisAreData();
}
