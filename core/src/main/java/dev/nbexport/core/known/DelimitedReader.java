package dev.nbexport.core.known;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a delimited text file (CSV, TSV, {@code ;}- or {@code |}-separated, or one value
 * a line) as fields, bounded whatever the file holds: at most {@code maxBytes} of it, fields of at most
 * {@link #MAX_FIELD} characters (a longer one is read as empty), {@link #MAX_COLUMNS} columns. The
 * delimiter is the one the first lines share; double quotes may hold delimiters, line breaks and
 * doubled quotes. Lines end with LF, CR LF or CR alone (as old Mac exports write them). UTF-8, or
 * Latin-1 when the first bytes are not UTF-8; bytes that are neither are read as replacement
 * characters. A quote left open ends with the line once its field is too long: a broken file loses
 * a few rows, it never stops the reading.
 */
final class DelimitedReader implements Rows, AutoCloseable {

    static final int MAX_FIELD = 1024;
    static final int MAX_COLUMNS = 256;
    private static final int HEAD = 64 * 1024;
    private static final int SNIFFED_LINES = 20;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** No delimiter: each line is one value. */
    private static final int NONE = -1;

    private final BoundedStream bounded;
    private final Reader reader;
    private final int delimiter;
    private int pending = -2;

    DelimitedReader(InputStream in, long maxBytes) throws IOException {
        this.bounded = new BoundedStream(in, maxBytes);
        byte[] head = bounded.readNBytes(HEAD);
        Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        this.delimiter = delimiterOf(new String(head, charset));
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), bounded);
        this.reader = new BufferedReader(new InputStreamReader(whole, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    /** Whether the file held more than the bytes read. */
    boolean truncated() {
        return bounded.truncated;
    }

    /** The next row's fields, or null at the end. */
    @Override
    public List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean tooLong = false;
        for (; c >= 0; c = read()) {
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        tooLong |= append(field, '"');
                    } else {
                        quoted = false;
                        pending = after;
                    }
                } else if ((c == '\n' || c == '\r') && tooLong) {
                    quoted = false;
                    pending = c;
                } else {
                    tooLong |= append(field, (char) c);
                }
            } else if (c == delimiter) {
                addField(fields, field, tooLong);
                field.setLength(0);
                tooLong = false;
            } else if (c == '\n') {
                break;
            } else if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    pending = after;
                }
                break;
            } else if (c == '"' && field.length() == 0 && !tooLong) {
                quoted = true;
            } else {
                tooLong |= append(field, (char) c);
            }
        }
        addField(fields, field, tooLong);
        return fields;
    }

    private static boolean append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD) {
            return true;
        }
        field.append(c);
        return false;
    }

    private static void addField(List<String> fields, StringBuilder field, boolean tooLong) {
        if (fields.size() < MAX_COLUMNS) {
            fields.add(tooLong ? "" : field.toString());
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return reader.read();
    }

    /** The delimiter most of the first lines hold, counted outside quotes; {@link #NONE} if none does. */
    static int delimiterOf(String head) {
        String[] lines = head.split("\r\n|\r|\n", SNIFFED_LINES + 1);
        int complete = Math.min(lines.length - (lines.length > 1 ? 1 : 0), SNIFFED_LINES);
        int best = NONE;
        int bestLines = 0;
        for (char candidate : DELIMITERS) {
            int holding = 0;
            for (int i = 0; i < Math.max(1, complete); i++) {
                holding += countOutsideQuotes(lines[i], candidate) > 0 ? 1 : 0;
            }
            if (holding > bestLines) {
                best = candidate;
                bestLines = holding;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static boolean isUtf8(byte[] head) {
        int end = head.length;
        // The head may end inside a character: leave its first bytes out.
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if ((b & 0xc0) != 0x80) {
                int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
                end = needed > back ? end - back : end;
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** A stream that ends after {@code limit} bytes, noting whether there were more. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;
        boolean truncated;

        BoundedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (left <= 0) {
                truncated |= in.read() >= 0;
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
