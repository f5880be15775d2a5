package dev.nbexport.core.verify;

import java.util.Locale;

/** Sizes as reports show them: {@code 733 B}, {@code 1.2 KiB}, {@code 3.4 MiB}. */
public final class ByteSizes {

    private ByteSizes() {
    }

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
