package dev.nbexport.core.known;

/**
 * A workbook cell's place, read from its reference ({@code B7}) within Excel's bounds: 16,384
 * columns (A to XFD) and 1,048,576 rows. A reference beyond them makes the workbook unreadable.
 */
final class CellReference {

    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;
    private static final int MAX_LETTERS = 3;

    private CellReference() {
    }

    /** The column of a reference such as {@code B7}, from 0. */
    static int column(String reference) throws UnreadableWorkbook {
        int letters = 0;
        int column = 0;
        while (letters < reference.length() && letters <= MAX_LETTERS) {
            char c = reference.charAt(letters);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
        }
        if (letters == 0 || letters > MAX_LETTERS || column > MAX_COLUMNS) {
            throw beyond();
        }
        row(reference.substring(letters));
        return column - 1;
    }

    /** A row number ({@code 7}), from 1. */
    static int row(String number) throws UnreadableWorkbook {
        if (number.isEmpty() || number.length() > 7 || number.charAt(0) == '0') {
            throw beyond();
        }
        int row = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                throw beyond();
            }
            row = row * 10 + (c - '0');
        }
        if (row > MAX_ROWS) {
            throw beyond();
        }
        return row;
    }

    private static UnreadableWorkbook beyond() {
        return new UnreadableWorkbook("a cell reference beyond Excel's 16,384 columns and 1,048,576 rows");
    }
}
