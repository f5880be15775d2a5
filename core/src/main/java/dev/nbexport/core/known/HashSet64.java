package dev.nbexport.core.known;

/**
 * A set of 64-bit hashes, each with a small number saying where it came from: open addressing over
 * one {@code long} array (linear probing), so that a million values take 8 bytes each at most
 * twice over and a lookup costs a probe or two. No value is kept, only its hash. Not thread-safe
 * while filled; read-only use afterwards is.
 */
final class HashSet64 {

    /** The hash that stands for an empty slot; a value hashing to it is stored as {@link #ZERO_STANDS_FOR}. */
    private static final long EMPTY = 0;
    private static final long ZERO_STANDS_FOR = 1;

    private long[] slots;
    private short[] origins;
    private int size;

    HashSet64() {
        slots = new long[64];
        origins = new short[64];
    }

    int size() {
        return size;
    }

    /** Adds {@code hash} from {@code origin}; a hash already there keeps its first origin. Whether it was new. */
    boolean add(long hash, short origin) {
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return put(hash == EMPTY ? ZERO_STANDS_FOR : hash, origin);
    }

    /** The origin of {@code hash}, or -1 when it is not in the set. */
    int originOf(long hash) {
        long key = hash == EMPTY ? ZERO_STANDS_FOR : hash;
        long[] slots = this.slots;
        int mask = slots.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            long found = slots[i];
            if (found == key) {
                return origins[i];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    private boolean put(long key, short origin) {
        int mask = slots.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return false;
            }
            if (slots[i] == EMPTY) {
                slots[i] = key;
                origins[i] = origin;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] oldSlots = slots;
        short[] oldOrigins = origins;
        slots = new long[oldSlots.length * 2];
        origins = new short[oldSlots.length * 2];
        size = 0;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != EMPTY) {
                put(oldSlots[i], oldOrigins[i]);
            }
        }
    }
}
