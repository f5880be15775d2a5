package dev.nbexport.core.known;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the values that identify people from the site's data files into {@link KnownValues}: delimited
 * files (CSV, TSV, text of delimited lines), one table each, and workbooks (Excel's, {@link WorkbookReader},
 * and OpenDocument spreadsheets, {@link OpenDocumentReader}), one table a sheet. The first row of a table is its header, each column is judged by
 * {@link ColumnValues}, each value by {@link ValueShape}. Bounded whatever the files hold: the first
 * {@link #MAX_BYTES_PER_FILE} bytes (of a workbook, of its parts expanded) and {@link #MAX_CELLS_PER_FILE}
 * values of a file, {@link #MAX_VALUES} known values in all; the summary says what was left unread.
 * A file that cannot be read is named in the summary, never a reason to stop: the check then knows less.
 */
public final class KnownDataReader {

    public static final long MAX_BYTES_PER_FILE = 64L * 1024 * 1024;
    public static final int MAX_CELLS_PER_FILE = 1_000_000;
    public static final int MAX_VALUES = 500_000;
    /** Origins are numbered in a {@code short}: columns past this many are not read. */
    private static final int MAX_ORIGINS = Short.MAX_VALUE;
    /**
     * The names of delimited text below a folder named as known data: wider than the extensions by
     * which a verified file is data ({@code FileKind}), as exports to hand over are often {@code .txt}.
     */
    private static final Set<String> KNOWN_DATA_TEXT_EXTENSIONS = Set.of("csv", "tsv", "tab", "psv", "txt", "dat");
    /** Workbooks: Excel's Office Open XML ones and OpenDocument spreadsheets are read, a legacy Excel one is named as not read. */
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OLE compound file: a legacy {@code .xls}, or a workbook encrypted by a password, which Office wraps so. */
    private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    /** A header cell shown as a column's name: one identifier-like word, which names a column, not a person. */
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,39}");
    /** An id in a header is a row's value: a file without a header starts with one. */
    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    /** A data file to read, and its name in reports. */
    public record Source(Path file, String name) {
    }

    private KnownDataReader() {
    }

    /**
     * Whether a file of this name below a folder is read: delimited text ({@code .csv}, {@code .tsv},
     * {@code .tab}, {@code .psv}, {@code .txt}, {@code .dat}) or a workbook ({@code .xlsx}, {@code .xlsm},
     * {@code .ods}, and {@code .xls}, to be named as not read).
     */
    public static boolean isDataName(String fileName) {
        return KNOWN_DATA_TEXT_EXTENSIONS.contains(extension(fileName)) || isWorkbookName(fileName);
    }

    /**
     * Whether a file of this name is a workbook: Excel's {@code .xlsx}, {@code .xlsm} or legacy
     * {@code .xls}, or an OpenDocument spreadsheet ({@code .ods}).
     */
    public static boolean isWorkbookName(String fileName) {
        return WORKBOOK_EXTENSIONS.contains(extension(fileName));
    }

    private static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(dot + 1) : "";
    }

    /**
     * The data files {@code path} names: the file itself, whatever its name, or the data files below
     * a folder ({@link #isDataName}), in order of their paths; each named as the path given and below it.
     */
    public static List<Source> sourcesOf(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(new Source(path, path.toString()));
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> isDataName(file.getFileName().toString()))
                    .sorted()
                    .map(file -> new Source(file, file.toString()))
                    .toList();
        }
    }

    /** The known values of {@code sources}, in that order (a value in two files is counted for the first). */
    public static KnownValues read(List<Source> sources) {
        Builder builder = new Builder();
        for (Source source : sources) {
            builder.read(source);
        }
        return builder.build();
    }

    private static final class Builder {
        final HashSet64 hashes = new HashSet64();
        /** The first words' hashes, set into a bit set once their count is known. */
        final LongList firstWords = new LongList();
        final List<KnownValues.Origin> origins = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int lengths;
        int longest;
        int files;
        boolean full;

        void read(Source source) {
            files++;
            FileTables read;
            try {
                read = tablesOf(source.file());
            } catch (UnreadableWorkbook e) {
                notes.add(source.name() + " not read: " + e.reason());
                return;
            } catch (IOException | RuntimeException e) {
                notes.add(source.name() + " not read: " + (e instanceof IOException ? "cannot be read" : "unreadable"));
                return;
            }
            if (read.bytesCut()) {
                notes.add("first " + (MAX_BYTES_PER_FILE >> 20) + " MB of " + source.name());
            } else if (read.valuesCut()) {
                notes.add("first " + count(MAX_CELLS_PER_FILE) + " values of " + source.name());
            }
            for (TableColumns table : read.tables()) {
                keep(source.name(), table);
            }
        }

        private void keep(String file, TableColumns table) {
            List<ColumnValues> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                ColumnValues column = columns.get(i);
                if (!column.identifies()) {
                    continue;
                }
                long[] known = column.known();
                if (known.length == 0 || origins.size() >= MAX_ORIGINS) {
                    continue;
                }
                lengths |= column.lengths();
                longest = Math.max(longest, column.longest());
                short origin = (short) origins.size();
                origins.add(new KnownValues.Origin(file, table.sheet(), columnName(table.header(), i)));
                for (int k = 0; k < known.length; k += 2) {
                    if (hashes.size() >= MAX_VALUES) {
                        full = true;
                        break;
                    }
                    hashes.add(known[k], origin);
                    firstWords.add(known[k + 1]);
                }
            }
        }

        KnownValues build() {
            if (full) {
                notes.add("values past " + count(MAX_VALUES) + " not kept");
            }
            String summary = "known data: " + count(hashes.size()) + (hashes.size() == 1 ? " value" : " values") + " from "
                    + count(files) + (files == 1 ? " file" : " files") + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
            long[] firstWordSet = FirstWords.sized(firstWords.size);
            for (int i = 0; i < firstWords.size; i++) {
                FirstWords.add(firstWordSet, firstWords.values[i]);
            }
            return new KnownValues(hashes, firstWordSet, origins, lengths, longest, summary, !notes.isEmpty());
        }
    }

    /**
     * The tables of a file, told by its first bytes: a zip is a workbook (Excel's or an OpenDocument
     * spreadsheet), an OLE file an encrypted or legacy one (not read), any other file named as a
     * workbook is none, the rest is delimited text.
     */
    private static FileTables tablesOf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE.length);
        }
        if (Arrays.equals(head, 0, Math.min(head.length, ZIP.length), ZIP, 0, ZIP.length)) {
            return SpreadsheetReader.read(file, MAX_BYTES_PER_FILE, MAX_CELLS_PER_FILE);
        }
        if (Arrays.equals(head, OLE)) {
            throw new UnreadableWorkbook("an encrypted or legacy (.xls) Excel file; save it unprotected as .xlsx");
        }
        if (isWorkbookName(file.getFileName().toString())) {
            throw new UnreadableWorkbook(extension(file.getFileName().toString()).equals("ods")
                    ? "not an OpenDocument spreadsheet" : "not an Excel workbook");
        }
        try (InputStream in = Files.newInputStream(file);
             DelimitedReader reader = new DelimitedReader(in, MAX_BYTES_PER_FILE)) {
            TableColumns table = TableColumns.read(null, reader, MAX_CELLS_PER_FILE);
            return new FileTables(table == null ? List.of() : List.of(table), reader.truncated(), table != null && table.cut());
        }
    }

    /** A growing array of longs. */
    private static final class LongList {
        long[] values = new long[64];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** A column's name as reports show it: its header when that is one identifier-like word, else its number. */
    static String columnName(List<String> header, int index) {
        return shownName(index < header.size() ? header.get(index) : "", String.valueOf(index + 1));
    }

    /**
     * A name the file gave (a header, a sheet's name) as reports show it: as given when it is one
     * identifier-like word, which names a column or a sheet, not a person; else {@code otherwise}.
     */
    static String shownName(String given, String otherwise) {
        String name = given.strip();
        return COLUMN_NAME.matcher(name).matches() && !FIVE_DIGITS.matcher(name).find() ? name : otherwise;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
