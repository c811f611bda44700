package dev.launchdesk.insight.rca;

import java.util.Arrays;

/**
 * Numbers distinct long keys 0, 1, 2, ... in order of first appearance: an open-addressing hash
 * table of primitive longs, so that grouping 100,000 leaves allocates no boxes.
 */
final class ElementNumbering {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] keys;
    private final int[] numbers;
    private final int mask;
    private int size;

    ElementNumbering(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedKeys) * 2 - 1) << 1;
        keys = new long[capacity];
        numbers = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** The number of the key, assigning the next free number to a key not seen before. */
    int numberOf(long key) {
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return numbers[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        numbers[slot] = size;
        return size++;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
