package dev.nbexport.cli;

import java.util.Locale;

/** Sizes for people: 512 B, 3.4 kB, 1.2 MB (powers of 1000, as disks and networks count). */
final class Bytes {
    private Bytes() {
    }

    static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
