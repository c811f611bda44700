package dev.launchdesk.insight.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How KPI rows are bucketed in time: per day, per ISO week (starting Monday), or one total over the range. */
public enum Granularity {
    DAY, WEEK, TOTAL;

    /** The first day of the bucket the day falls in ({@code null} for TOTAL). */
    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case TOTAL -> null;
        };
    }
}
