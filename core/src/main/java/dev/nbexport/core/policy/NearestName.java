package dev.nbexport.core.policy;

import java.util.Collection;
import java.util.Optional;

/** The known name a misspelt one was most likely meant to be, for "did you mean" hints. */
final class NearestName {

    /** Longer than any known name by more than a typo's edits. */
    private static final int MAX_LENGTH = 64;

    private NearestName() {
    }

    /**
     * The known name fewest edits away from {@code name} (a letter added, dropped, changed, or two
     * swapped), if close enough to be a typo: one edit for names of up to five characters, else two.
     * Of names equally near, the first in alphabetical order.
     */
    static Optional<String> of(String name, Collection<String> known) {
        if (name.length() > MAX_LENGTH) {
            return Optional.empty(); // no typo of a known name, and a hostile file's key may be megabytes long
        }
        int allowed = name.length() <= 5 ? 1 : 2;
        String nearest = null;
        int best = allowed + 1;
        for (String candidate : known.stream().sorted().toList()) {
            int distance = distance(name, candidate);
            if (distance < best) {
                best = distance;
                nearest = candidate;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Edits between {@code a} and {@code b}, a swap of neighbours counting as one (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
