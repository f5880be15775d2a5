package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HashSet64Test {

    @Test
    void findsWhatWasAddedWithItsFirstOriginAndNothingElse() {
        HashSet64 set = new HashSet64();
        SplittableRandom random = new SplittableRandom(7);
        long[] added = new long[100_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = random.nextLong();
            set.add(added[i], (short) (i % 3));
        }
        assertEquals(added.length, set.size());
        for (int i = 0; i < added.length; i++) {
            assertEquals(i % 3, set.originOf(added[i]));
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(-1, set.originOf(random.nextLong()));
        }
        assertFalse(set.add(added[4], (short) 2));
        assertEquals(1, set.originOf(added[4]), "the first origin stays");
    }

    @Test
    void zeroIsAHashLikeAnyOther() {
        HashSet64 set = new HashSet64();
        assertEquals(-1, set.originOf(0));
        assertTrue(set.add(0, (short) 4));
        assertEquals(4, set.originOf(0));
    }
}
