package dev.nbexport.core.verify;

import dev.nbexport.core.known.KnownDataReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a file is, judged by its name and by its first bytes: a data format, an archive, text, or
 * unknown binary. Either sign is enough to call a file data: a renamed Parquet file is still Parquet.
 */
public enum FileKind {
    NOTEBOOK,
    DATA,
    ARCHIVE,
    TEXT,
    BINARY;

    private static final Set<String> DATA_EXTENSIONS = Set.of("csv", "tsv", "tab", "psv", "parquet", "feather", "arrow",
            "ipc", "avro", "orc", "pkl", "pickle", "joblib", "npy", "npz", "h5", "hdf5", "hdf", "he5", "nc", "sqlite",
            "sqlite3", "db", "duckdb", "rds", "rdata", "rda", "sas7bdat", "sas7bcat", "xpt", "sav", "zsav", "por", "dta",
            "xls", "xlsx", "xlsm", "xlsb", "ods", "jsonl", "ndjson", "dbf", "mat", "pq");
    private static final Set<String> DELIMITED_EXTENSIONS = Set.of("csv", "tsv", "tab", "psv");
    private static final Set<String> ARCHIVE_EXTENSIONS = Set.of("zip", "gz", "tgz", "tar", "bz2", "xz", "7z", "rar",
            "zst", "lz4", "jar", "whl", "egg");

    /** Magic numbers of data formats, at offset 0 unless the format says otherwise. */
    private static final Map<String, byte[]> DATA_MAGIC = Map.ofEntries(
            Map.entry("Parquet", ascii("PAR1")),
            Map.entry("Arrow/Feather", ascii("ARROW1")),
            Map.entry("NumPy", bytes(0x93, 'N', 'U', 'M', 'P', 'Y')),
            Map.entry("HDF5", bytes(0x89, 'H', 'D', 'F', 0x0d, 0x0a, 0x1a, 0x0a)),
            Map.entry("SQLite", ascii("SQLite format 3\0")),
            Map.entry("Excel (OLE2)", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)),
            Map.entry("R workspace (version 2)", ascii("RDX2\n")),
            Map.entry("R workspace (version 3)", ascii("RDX3\n")),
            Map.entry("R data (XDR)", bytes('X', '\n', 0, 0, 0)),
            Map.entry("SPSS", ascii("$FL2")),
            Map.entry("SPSS (compressed)", ascii("$FL3")),
            Map.entry("Stata", ascii("<stata_dta>")),
            Map.entry("Avro", bytes('O', 'b', 'j', 1)));
    private static final Map<String, byte[]> ARCHIVE_MAGIC = Map.of(
            "zip", bytes('P', 'K', 3, 4),
            "gzip", bytes(0x1f, 0x8b),
            "bzip2", ascii("BZh"),
            "xz", bytes(0xfd, '7', 'z', 'X', 'Z', 0),
            "7z", bytes('7', 'z', 0xbc, 0xaf, 0x27, 0x1c),
            "zstd", bytes(0x28, 0xb5, 0x2f, 0xfd),
            "rar", ascii("Rar!"));
    private static final byte[] SAS_MAGIC = bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xc2, 0xea, 0x81, 0x60);

    /** The kind of file, and in a few words why. */
    public record Verdict(FileKind kind, String why) {
    }

    public static Verdict of(String fileName, byte[] head) {
        String extension = extension(fileName);
        for (Map.Entry<String, byte[]> magic : DATA_MAGIC.entrySet()) {
            if (startsWith(head, magic.getValue())) {
                return new Verdict(DATA, magic.getKey() + " content");
            }
        }
        if (startsWith(head, SAS_MAGIC)) {
            return new Verdict(DATA, "SAS content");
        }
        if (isPickle(head)) {
            return new Verdict(DATA, "pickle content");
        }
        if (head.length > 262 && Arrays.equals(head, 257, 262, ascii("ustar"), 0, 5)) {
            return new Verdict(ARCHIVE, "tar content");
        }
        for (Map.Entry<String, byte[]> magic : ARCHIVE_MAGIC.entrySet()) {
            if (startsWith(head, magic.getValue())) {
                boolean office = magic.getKey().equals("zip") && DATA_EXTENSIONS.contains(extension);
                return office ? new Verdict(DATA, extension + " file") : new Verdict(ARCHIVE, magic.getKey() + " content");
            }
        }
        if (DATA_EXTENSIONS.contains(extension) || extension.equals("rhistory")) {
            return new Verdict(DATA, "." + extension + " file");
        }
        if (ARCHIVE_EXTENSIONS.contains(extension)) {
            return new Verdict(ARCHIVE, "." + extension + " file");
        }
        if (extension.equals("ipynb")) {
            return new Verdict(NOTEBOOK, "notebook");
        }
        if (looksLikeNotebook(head)) {
            return new Verdict(DATA, "a notebook under another name, which would not be stripped; name it .ipynb");
        }
        return looksLikeText(head) ? new Verdict(TEXT, "text") : new Verdict(BINARY, NonUtf8Text.describe(head));
    }

    /**
     * Whether a data file is delimited text, whose values the known-data check reads: a {@code .csv},
     * {@code .tsv}, {@code .tab} or {@code .psv} file (in any case) known by its name alone, its first
     * bytes holding no other format's mark and no NUL.
     */
    public static boolean isDelimitedText(String fileName, byte[] head) {
        if (!hasDelimitedExtension(fileName)) {
            return false;
        }
        Verdict verdict = of(fileName, head);
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return verdict.kind() == DATA && verdict.why().equals("." + extension(fileName) + " file");
    }

    /** Whether the name alone may make a file delimited text ({@link #isDelimitedText}), before its bytes are read. */
    public static boolean hasDelimitedExtension(String fileName) {
        return DELIMITED_EXTENSIONS.contains(extension(fileName));
    }

    /**
     * Whether the known-data check reads a data file's values: delimited text ({@link #isDelimitedText})
     * or a workbook ({@code .xlsx}, {@code .xlsm}, {@code .xls}, {@code .ods}) whatever its bytes, so that one
     * that cannot be read is named as such.
     */
    public static boolean isKnownDataFile(String fileName, byte[] head) {
        return KnownDataReader.isWorkbookName(fileName) || isDelimitedText(fileName, head);
    }

    /** Whether the name alone may make a file known data ({@link #isKnownDataFile}), before its bytes are read. */
    public static boolean hasKnownDataExtension(String fileName) {
        return KnownDataReader.isWorkbookName(fileName) || hasDelimitedExtension(fileName);
    }

    /** The extension of {@code fileName} in lower case, without its dot; empty when it has none. */
    private static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }

    /**
     * Notebook JSON: an object whose first key is {@code "cells"} (Jupyter sorts keys, so nbformat 4
     * starts so), or one that names {@code "nbformat"} and {@code "worksheets"} (nbformat 2 and 3).
     */
    private static boolean looksLikeNotebook(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String start = text.stripLeading();
        if (!start.startsWith("{")) {
            return false;
        }
        return start.substring(1).stripLeading().startsWith("\"cells\"")
                || text.contains("\"nbformat\"") && text.contains("\"worksheets\"");
    }

    /** Pickle protocols 2 to 5 start with PROTO (0x80) and the protocol number. */
    private static boolean isPickle(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x80 && head[1] >= 2 && head[1] <= 5;
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return validUtf8(head);
    }

    private static boolean validUtf8(byte[] head) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(head, 0, utf8Boundary(head)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The head may end inside a multi-byte character; do not count that against it. */
    private static int utf8Boundary(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if ((b & 0xc0) != 0x80) {
                int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
                return needed > back ? end - back : end;
            }
        }
        return end;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
