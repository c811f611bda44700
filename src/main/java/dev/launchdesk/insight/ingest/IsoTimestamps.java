package dev.launchdesk.insight.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Reads the ISO 8601 timestamps helpdesk exports write ({@code 2026-11-20T08:15:00}, with an optional fraction of a
 * second and an optional {@code Z} or {@code ±hh:mm} offset, {@code T} or a space between date and time) without a
 * {@link java.time.format.DateTimeFormatter}, which costs several times more per value; with an offset, the instant is
 * worked out from the digits without any intermediate date-time object. Anything else, including
 * every value that is not a valid date-time, gives {@code null}: the caller then parses it the strict way and
 * produces the rejection, so both ways accept exactly the same values.
 */
final class IsoTimestamps {

    private static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private IsoTimestamps() {
    }

    /** The instant, or {@code null} when the value is not of the plain shape (the caller's strict parser decides then). */
    static Instant parse(String v, ZoneId zone) {
        int length = v.length();
        if (length < 19 || v.charAt(4) != '-' || v.charAt(7) != '-' || (v.charAt(10) != 'T' && v.charAt(10) != ' ')
                || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4), month = digits(v, 5, 2), day = digits(v, 8, 2);
        int hour = digits(v, 11, 2), minute = digits(v, 14, 2), second = digits(v, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (position < length && v.charAt(position) == '.') {
            int start = ++position;
            while (position < length && position - start < 9 && isDigit(v.charAt(position))) {
                nanos = nanos * 10 + (v.charAt(position++) - '0');
            }
            if (position == start || (position < length && isDigit(v.charAt(position)))) {
                return null;
            }
            for (int i = position - start; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        if (position == length) {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
        }
        int offset = offsetSeconds(v, position);
        if (offset == NO_OFFSET) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos);
    }

    /** The offset in seconds, or {@link #NO_OFFSET} when it is not {@code Z} or a valid {@code ±hh:mm} ending the value. */
    private static int offsetSeconds(String v, int position) {
        char sign = v.charAt(position);
        if ((sign == 'Z' || sign == 'z') && position + 1 == v.length()) {
            return 0;
        }
        if ((sign != '+' && sign != '-') || v.length() != position + 6 || v.charAt(position + 3) != ':') {
            return NO_OFFSET;
        }
        int hours = digits(v, position + 1, 2), minutes = digits(v, position + 4, 2);
        if ((hours | minutes) < 0 || minutes > 59 || hours > 18 || (hours == 18 && minutes > 0)) {
            return NO_OFFSET; // as ZoneOffset.ofHoursMinutes refuses it
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '+' ? seconds : -seconds;
    }

    /** Days since 1970-01-01 of a date of the years 0 to 9999, as {@link java.time.LocalDate#toEpochDay()} counts them. */
    static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400 + (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int digits(String v, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
