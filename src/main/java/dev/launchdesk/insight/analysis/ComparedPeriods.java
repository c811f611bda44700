package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.UserTexts;

/**
 * The comparison period {@code from}..{@code to} and the baseline period {@code baselineFrom}..{@code baselineTo}
 * (all inclusive, market-local days) of a root-cause analysis. Each period spans at most {@link #MAX_DAYS} days;
 * they may lie in any order and may overlap (the analyst picks them).
 */
public record ComparedPeriods(LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo) {

    /** The longest period, comparison or baseline: one (leap) year. */
    public static final int MAX_DAYS = 366;

    public ComparedPeriods {
        InputCheck check = new InputCheck();
        checkPeriod(check, from, to, "from", "to");
        checkPeriod(check, baselineFrom, baselineTo, "baselineFrom", "baselineTo");
        check.throwIfInvalid();
    }

    /** The default baseline of a comparison period: the four weeks before it. */
    public static ComparedPeriods withFourWeeksBefore(LocalDate from, LocalDate to) {
        return new ComparedPeriods(from, to, from.minusDays(28), from.minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public long baselineDays() {
        return ChronoUnit.DAYS.between(baselineFrom, baselineTo) + 1;
    }

    /** How often each weekday (index {@code DayOfWeek.getValue() - 1}) occurs in the comparison period. */
    long[] weekdays() {
        return weekdays(from, to);
    }

    long[] baselineWeekdays() {
        return weekdays(baselineFrom, baselineTo);
    }

    /**
     * Whether the volume expectation must be computed weekday by weekday: the baseline covers every weekday of
     * the comparison period, and at least one of the periods is not a whole number of weeks (with whole weeks
     * on both sides, the weekday-aligned expectation equals the plain daily mean times the days).
     */
    boolean needsWeekdayAlignment() {
        if (days() % 7 == 0 && baselineDays() % 7 == 0) {
            return false;
        }
        long[] compared = weekdays();
        long[] base = baselineWeekdays();
        for (int w = 0; w < 7; w++) {
            if (compared[w] > 0 && base[w] == 0) {
                return false;
            }
        }
        return true;
    }

    /** The same periods with the baseline starting no earlier than the day; empty when nothing of it is left. */
    Optional<ComparedPeriods> baselineFromAtLeast(LocalDate firstDay) {
        if (!baselineFrom.isBefore(firstDay)) {
            return Optional.of(this);
        }
        if (baselineTo.isBefore(firstDay)) {
            return Optional.empty();
        }
        return Optional.of(new ComparedPeriods(from, to, firstDay, baselineTo));
    }

    private static long[] weekdays(LocalDate first, LocalDate last) {
        long[] counts = new long[7];
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            counts[d.getDayOfWeek().getValue() - 1]++;
        }
        return counts;
    }

    static int weekdayIndex(LocalDate day) {
        return day.getDayOfWeek().getValue() - 1;
    }

    private static void checkPeriod(InputCheck check, LocalDate first, LocalDate last, String firstField, String lastField) {
        check.require(first != null, firstField, UserTexts.of("problem.insight.period.first-required"));
        check.require(last != null, lastField, UserTexts.of("problem.insight.period.last-required"));
        if (first == null || last == null) {
            return;
        }
        if (last.isBefore(first)) {
            check.add(lastField, UserTexts.of("problem.insight.period.last-before-first", firstField, first));
        } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            check.add(lastField, UserTexts.of("problem.insight.period.too-long", String.valueOf(MAX_DAYS)));
        }
    }
}
