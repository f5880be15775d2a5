package dev.nbexport.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short SHA-256 prefixes: enough to recognise a value again, far too little to recover it. */
public final class Hashes {

    private Hashes() {
    }

    static String prefix(String value) {
        return prefix(digest().digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The whole SHA-256 of {@code value}, in hex: what an acceptance of a text rule's finding names,
     * so that nobody can make another value that it would accept. Reports show its prefix only.
     */
    static String of(String value) {
        return HexFormat.of().formatHex(digest().digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The prefix of the SHA-256 of what {@code in} holds, read to its end. */
    public static String prefix(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
            digest.update(buffer, 0, read);
        }
        return prefix(digest.digest());
    }

    private static String prefix(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, 4);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
