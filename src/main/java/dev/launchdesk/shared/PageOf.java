package dev.launchdesk.shared;

import java.util.List;

/** One page of a longer list. {@code page} counts from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public long firstItemNumber() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItemNumber() {
        return (long) page * size + items.size();
    }


    public static int clampSize(Integer size, int defaultSize) {
        if (size == null || size < 1) {
            return defaultSize;
        }
        return Math.min(size, 500);
    }
}
