package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * A KPI's value on consecutive days with the number of tickets behind each value. A day without data is a gap
 * ({@code NaN}): it is never scored and never part of a baseline.
 */
final class DailySeries {

    private final LocalDate start;
    private final double[] values;
    private final long[] tickets;

    private DailySeries(LocalDate start, double[] values, long[] tickets) {
        this.start = start;
        this.values = values;
        this.tickets = tickets;
    }

    /** An empty series from {@code first} to {@code last} (inclusive): every day a gap until {@link #put}. */
    static DailySeries between(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1) {
            throw new IllegalArgumentException("last day " + last + " is before the first day " + first);
        }
        double[] values = new double[days];
        Arrays.fill(values, Double.NaN);
        return new DailySeries(first, values, new long[days]);
    }

    /** A series starting at {@code first}, one value per day; ticket counts all {@code tickets}. */
    static DailySeries of(LocalDate first, double[] values, long tickets) {
        long[] counts = new long[values.length];
        Arrays.fill(counts, tickets);
        return new DailySeries(first, values.clone(), counts);
    }

    /** Sets a day's value; days outside the series are ignored. */
    DailySeries put(LocalDate day, double value, long ticketCount) {
        int i = index(day);
        if (i >= 0 && i < values.length) {
            values[i] = value;
            tickets[i] = ticketCount;
        }
        return this;
    }

    int length() {
        return values.length;
    }

    LocalDate first() {
        return start;
    }

    LocalDate last() {
        return day(values.length - 1);
    }

    LocalDate day(int index) {
        return start.plusDays(index);
    }

    int index(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(start, day);
    }

    boolean has(int index) {
        return index >= 0 && index < values.length && !Double.isNaN(values[index]) && !Double.isInfinite(values[index]);
    }

    double value(int index) {
        return values[index];
    }

    long tickets(int index) {
        return tickets[index];
    }

    /** The same series with every value multiplied by {@code factor}. */
    DailySeries scaled(double factor) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] *= factor;
        }
        return new DailySeries(start, copy, tickets.clone());
    }

    /** The same series with the day's value replaced (for what-if checks in tests and charts). */
    DailySeries with(int index, double value) {
        double[] copy = values.clone();
        copy[index] = value;
        return new DailySeries(start, copy, tickets.clone());
    }
}
