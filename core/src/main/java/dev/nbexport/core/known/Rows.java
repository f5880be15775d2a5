package dev.nbexport.core.known;

import java.io.IOException;
import java.util.List;

/** The rows of one table of a data file, the header first: a delimited file's lines, a workbook sheet's rows. */
interface Rows {

    /** The next row's cells, an absent one empty, or null at the end. */
    List<String> next() throws IOException;
}
