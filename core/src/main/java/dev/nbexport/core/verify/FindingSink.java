package dev.nbexport.core.verify;

/** Where checks send what they find. */
interface FindingSink {

    void report(Rule rule, NotebookVerifier.Place place, long size, String hash, String message);

    /** Runs the text rules over a string found at {@code place}. */
    void scanText(String text, NotebookVerifier.Place place, boolean dataUrisAreData);

    /** Whether {@code data:} URIs count as data under the policy in force. */
    boolean dataUrisAreData();
}
