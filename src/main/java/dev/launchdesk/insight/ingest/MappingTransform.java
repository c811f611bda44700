package dev.launchdesk.insight.ingest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a column mapping turns a helpdesk's value into LaunchDesk's. The mapping's value table (if any) is applied
 * first; then the transform. Each names its problem; the caller adds the file's column.
 */
enum MappingTransform {

    /** The value as it is (after the value table). */
    AS_IS("as-is"),
    /** A count: more than zero is {@code true} (Zendesk's "Reopens" → reopened). */
    GREATER_THAN_ZERO("greater-than-zero"),
    /** Any value at all is {@code true}, none is {@code false} (Freshdesk's {@code stats.reopened_at}). */
    PRESENT("present"),
    /** Minutes after {@code created_at} → a timestamp (Zendesk's "First reply time in minutes"). */
    MINUTES_AFTER_CREATED("minutes-after-created"),
    /** Minutes → seconds. */
    MINUTES_TO_SECONDS("minutes-to-seconds"),
    /** {@code h:mm} or {@code h:mm:ss} → seconds (Freshdesk's "Time tracked"). */
    HOURS_MINUTES_TO_SECONDS("hh:mm-to-seconds"),
    /** A helpdesk group → its vendor: the value table says "VENDOR/SITE", or the group is named like a site. */
    GROUP_VENDOR("group-vendor"),
    /** A helpdesk group → its site, as {@link #GROUP_VENDOR}. */
    GROUP_SITE("group-site");

    private final String parameter;

    MappingTransform(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static Optional<MappingTransform> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(AS_IS);
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.parameter.equals(v) || t.name().equalsIgnoreCase(v)).findFirst();
    }

    /** Whether the transform answers for an absent value too ({@link #PRESENT}: absent is false). */
    boolean readsAbsence() {
        return this == PRESENT;
    }

    /** The transformed value, {@code null} when there is none; throws {@link IllegalArgumentException} naming the rule. */
    String apply(String value, TicketReference reference) {
        if (this == PRESENT) {
            return Boolean.toString(value != null);
        }
        if (value == null) {
            return null;
        }
        return switch (this) {
            case AS_IS, PRESENT, MINUTES_AFTER_CREATED -> value;
            case GREATER_THAN_ZERO -> Boolean.toString(number(value).signum() > 0);
            case MINUTES_TO_SECONDS -> number(value).multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
            case HOURS_MINUTES_TO_SECONDS -> Long.toString(hoursMinutes(value));
            case GROUP_VENDOR -> group(value, reference)[0];
            case GROUP_SITE -> group(value, reference)[1];
        };
    }

    static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
    }

    private static long hoursMinutes(String value) {
        String[] parts = value.strip().split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("'" + value + "' is not a duration as h:mm or h:mm:ss");
        }
        try {
            long hours = Long.parseLong(parts[0]), minutes = Long.parseLong(parts[1]);
            long seconds = parts.length == 3 ? Long.parseLong(parts[2]) : 0;
            if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
                throw new NumberFormatException();
            }
            return hours * 3600 + minutes * 60 + seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration as h:mm or h:mm:ss");
        }
    }

    private static String[] group(String value, TicketReference reference) {
        String vendorAndSite = reference.siteOfGroup(value).orElse(null);
        if (vendorAndSite == null) {
            throw new IllegalArgumentException("'" + value + "' is not a known group: add it to the mapping's value table as"
                    + " group = VENDOR/SITE, or name the group after its site");
        }
        return vendorAndSite.split("/", 2);
    }
}
