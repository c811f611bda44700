package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * A KPI's value on consecutive days with the number of tickets and the KPI's denominator count behind each value,
 * and how such a value scatters by chance for its denominator ({@link SamplingNoise}). A day without data is a gap
 * ({@code NaN}): it is never scored and never part of a baseline.
 */
final class DailySeries {

    private final LocalDate start;
    private final double[] values;
    private final long[] tickets;
    private final long[] denominators;
    private final SamplingNoise noise;

    private DailySeries(LocalDate start, double[] values, long[] tickets, long[] denominators, SamplingNoise noise) {
        this.start = start;
        this.values = values;
        this.tickets = tickets;
        this.denominators = denominators;
        this.noise = Objects.requireNonNull(noise, "noise");
    }

    /** An empty series without sampling noise from {@code first} to {@code last} (inclusive). */
    static DailySeries between(LocalDate first, LocalDate last) {
        return between(first, last, SamplingNoise.NONE);
    }

    /** An empty series from {@code first} to {@code last} (inclusive): every day a gap until {@link #put}. */
    static DailySeries between(LocalDate first, LocalDate last, SamplingNoise noise) {
        Objects.requireNonNull(first, "first");
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1) {
            throw new IllegalArgumentException("last day " + last + " is before the first day " + first);
        }
        double[] values = new double[days];
        Arrays.fill(values, Double.NaN);
        return new DailySeries(first, values, new long[days], new long[days], noise);
    }

    /** A series without sampling noise starting at {@code first}, one value per day; ticket counts all {@code tickets}. */
    static DailySeries of(LocalDate first, double[] values, long tickets) {
        long[] counts = new long[values.length];
        Arrays.fill(counts, tickets);
        return new DailySeries(first, values.clone(), counts, counts.clone(), SamplingNoise.NONE);
    }

    /** Sets a day's value and its ticket count, which is also its denominator count; days outside the series are ignored. */
    DailySeries put(LocalDate day, double value, long ticketCount) {
        return put(day, value, ticketCount, ticketCount);
    }

    /** Sets a day's value, its ticket count and the KPI's denominator count; days outside the series are ignored. */
    DailySeries put(LocalDate day, double value, long ticketCount, long denominatorCount) {
        int i = index(day);
        if (i >= 0 && i < values.length) {
            values[i] = value;
            tickets[i] = ticketCount;
            denominators[i] = denominatorCount;
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

    long denominator(int index) {
        return denominators[index];
    }

    /** How far the day's value may stray from {@code expected} by chance alone, given its denominator count. */
    double samplingDeviation(int index, double expected) {
        return noise.deviation(expected, values[index], denominators[index]);
    }

    /** The same series (counts and sampling noise as they are) with every value multiplied by {@code factor}. */
    DailySeries scaled(double factor) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] *= factor;
        }
        return new DailySeries(start, copy, tickets.clone(), denominators.clone(), noise);
    }

    /** The same series with the day's value replaced (for what-if checks in tests and charts). */
    DailySeries with(int index, double value) {
        double[] copy = values.clone();
        copy[index] = value;
        return new DailySeries(start, copy, tickets.clone(), denominators.clone(), noise);
    }
}
