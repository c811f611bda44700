package dev.launchdesk.insight.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the ISO 8601 timestamps helpdesk exports write ({@code 2026-11-20T08:15:00}, with an optional fraction of a
 * second and an optional {@code Z} or {@code ±hh:mm} offset, {@code T} or a space between date and time) without a
 * {@link java.time.format.DateTimeFormatter}, which costs several times more per value. Anything else, including
 * every value that is not a valid date-time, gives {@code null}: the caller then parses it the strict way and
 * produces the rejection, so both ways accept exactly the same values.
 */
final class IsoTimestamps {

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
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            if (position == length) {
                return local.atZone(zone).toInstant();
            }
            ZoneOffset offset = offset(v, position);
            return offset == null ? null : local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String v, int position) {
        char sign = v.charAt(position);
        if ((sign == 'Z' || sign == 'z') && position + 1 == v.length()) {
            return ZoneOffset.UTC;
        }
        if ((sign != '+' && sign != '-') || v.length() != position + 6 || v.charAt(position + 3) != ':') {
            return null;
        }
        int hours = digits(v, position + 1, 2), minutes = digits(v, position + 4, 2);
        if ((hours | minutes) < 0) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
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
