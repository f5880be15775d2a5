package dev.nbexport.core.known;

import java.io.IOException;

/** A workbook passed over, and why in a few words of our own: never a value, nor a name the file chose. */
final class UnreadableWorkbook extends IOException {

    private static final long serialVersionUID = 1L;

    UnreadableWorkbook(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }
}
