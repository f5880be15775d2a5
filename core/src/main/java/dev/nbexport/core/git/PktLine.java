package dev.nbexport.core.git;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Git's pkt-line framing: four lowercase hex digits giving the packet's length (the four digits
 * included), then the payload; {@code 0000} is a flush packet that ends a list or a content. A
 * payload holds at most {@value #MAX_PAYLOAD} bytes. Text packets end in LF, which the reader
 * removes. Not thread-safe; one reader and one writer per stream.
 */
public final class PktLine {

    /** The largest payload of one packet (65520 minus the four length digits). */
    public static final int MAX_PAYLOAD = 65516;

    private static final byte[] FLUSH = {'0', '0', '0', '0'};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private PktLine() {
    }

    /** Thrown when the other side breaks the framing; the conversation cannot go on. */
    public static final class ProtocolException extends IOException {
        public ProtocolException(String message) {
            super(message);
        }
    }

    /** Reads packets from a stream. */
    public static final class Reader {
        private final InputStream in;
        private final byte[] header = new byte[4];

        public Reader(InputStream in) {
            this.in = in;
        }

        /**
         * Reads one packet: its payload, or {@code null} for a flush packet.
         *
         * @throws EOFException when the stream ends before a packet starts, or inside one
         */
        public byte[] read() throws IOException {
            byte[] packet = readOrEnd();
            if (packet == END) {
                throw new EOFException("end of input");
            }
            return packet;
        }

        /**
         * Reads the first packet of an exchange: {@link #END} when the stream ends cleanly before
         * it (the other side is done), else as {@link #read()}.
         */
        public byte[] readOrEnd() throws IOException {
            int got = in.readNBytes(header, 0, 4);
            if (got == 0) {
                return END;
            }
            if (got < 4) {
                throw new EOFException("end of input inside a packet header");
            }
            int length = 0;
            for (byte b : header) {
                int digit = Character.digit(b, 16);
                if (digit < 0) {
                    throw new ProtocolException("bad packet header '" + printable(header) + "'");
                }
                length = length * 16 + digit;
            }
            if (length == 0) {
                return null;
            }
            if (length < 4 || length - 4 > MAX_PAYLOAD) {
                throw new ProtocolException("bad packet length " + length);
            }
            byte[] payload = in.readNBytes(length - 4);
            if (payload.length < length - 4) {
                throw new EOFException("end of input inside a packet");
            }
            return payload;
        }

        /** Reads text packets up to the next flush, each without its trailing LF. */
        public java.util.List<String> readTextList() throws IOException {
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (byte[] packet = read(); packet != null; packet = read()) {
                lines.add(text(packet));
            }
            return lines;
        }

        /** Reads content packets up to the next flush and hands each payload to {@code sink}. */
        public void readContent(OutputStream sink) throws IOException {
            for (byte[] packet = read(); packet != null; packet = read()) {
                sink.write(packet);
            }
        }
    }

    /** Returned by {@link Reader#readOrEnd()} when the stream ended cleanly. */
    public static final byte[] END = new byte[0];

    /** The text of a text packet, without its trailing LF. */
    public static String text(byte[] packet) {
        int length = packet.length;
        if (length > 0 && packet[length - 1] == '\n') {
            length--;
        }
        return new String(packet, 0, length, StandardCharsets.UTF_8);
    }

    /** Writes packets to a stream; {@link #flush()} writes a flush packet and flushes the stream. */
    public static final class Writer {
        private final OutputStream out;
        private final byte[] header = new byte[4];

        public Writer(OutputStream out) {
            this.out = out;
        }

        /** Writes one text packet, {@code line} plus LF. */
        public void text(String line) throws IOException {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_PAYLOAD) {
                throw new IllegalArgumentException("text packet too long: " + bytes.length + " bytes");
            }
            packet(bytes, 0, bytes.length);
        }

        /** Writes content, split into as many packets as it takes (none for empty content). */
        public void content(byte[] bytes, int offset, int length) throws IOException {
            int end = offset + length;
            for (int start = offset; start < end; start += MAX_PAYLOAD) {
                packet(bytes, start, Math.min(MAX_PAYLOAD, end - start));
            }
        }

        /** Writes content read from a stream until its end, split into packets. */
        public void content(InputStream in) throws IOException {
            byte[] buffer = new byte[MAX_PAYLOAD];
            int n;
            while ((n = in.readNBytes(buffer, 0, MAX_PAYLOAD)) > 0) {
                packet(buffer, 0, n);
            }
        }

        /** Writes one packet with a non-empty payload of at most {@value #MAX_PAYLOAD} bytes. */
        public void packet(byte[] bytes, int offset, int length) throws IOException {
            if (length <= 0 || length > MAX_PAYLOAD) {
                throw new IllegalArgumentException("payload of " + length + " bytes");
            }
            int total = length + 4;
            for (int i = 3; i >= 0; i--) {
                header[i] = HEX[total & 0xf];
                total >>>= 4;
            }
            out.write(header);
            out.write(bytes, offset, length);
        }

        /** Writes a flush packet and flushes the underlying stream. */
        public void flush() throws IOException {
            out.write(FLUSH);
            out.flush();
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(b >= 0x20 && b < 0x7f ? Character.toString(b) : String.format("\\x%02x", b & 0xff));
        }
        return text.toString();
    }
}
