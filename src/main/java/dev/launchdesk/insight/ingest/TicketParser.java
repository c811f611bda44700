package dev.launchdesk.insight.ingest;

import static dev.launchdesk.insight.ingest.ImportColumns.optional;
import static dev.launchdesk.insight.ingest.ImportColumns.required;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import dev.launchdesk.shared.UserTexts;

/**
 * Checks one ticket row and derives what the KPIs need. The first broken rule of a row is its rejection, naming
 * the column. Timestamps are ISO 8601 with an offset ({@code 2026-11-20T08:15:00+07:00}, {@code ...Z}) or without
 * one, then read in the market's time zone.
 */
final class TicketParser {

    static final ImportColumns COLUMNS = new ImportColumns(List.of(
            required("ticket_id", "id", "ticket"),
            required("created_at", "created"),
            optional("first_response_at", "first_responded_at", "first_reply_at"),
            optional("resolved_at", "solved_at"),
            required("market", "market_code", "country"),
            required("vendor", "vendor_code"),
            required("site", "site_code"),
            required("channel"),
            required("category", "issue_category"),
            required("handle_time_seconds", "handle_seconds", "handle_time"),
            optional("csat", "csat_score"),
            optional("reopened", "is_reopened"),
            optional("contact_count", "contacts"),
            optional("launch_key", "launch"),
            optional("sop_key", "sop"),
            optional("sop_version")));

    private static final int ID = 0, CREATED = 1, RESPONDED = 2, RESOLVED = 3, MARKET = 4, VENDOR = 5, SITE = 6,
            CHANNEL = 7, CATEGORY = 8, HANDLE = 9, CSAT = 10, REOPENED = 11, CONTACTS = 12, LAUNCH = 13, SOP = 14,
            SOP_VERSION = 15;
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:/#&()+-]*");
    private static final int MAX_HANDLE_SECONDS = 7 * 24 * 3600;

    private static final int MAX_CANONICAL = 10_000;

    private final TicketReference reference;
    private final Map<String, String> lowerCaseStrings = new HashMap<>();
    private final Map<String, String> sameStrings = new HashMap<>();
    private final Instant latest;
    private LocalDate lastDay;

    /** {@code latest}: creation times after it are refused as lying in the future. */
    TicketParser(TicketReference reference, Instant latest) {
        this.reference = reference;
        this.latest = latest;
    }

    /** The checked row, or throws {@link RowProblem.Rejected} naming the column and the rule. */
    TicketRow parse(RawRecord record) {
        if (record.problem() != null) {
            throw new RowProblem.Rejected(record.problemColumn(), record.problem());
        }
        String ticketId = key(record, ID, 64);
        String market = reference.marketCode(text(record, MARKET, 10));
        ZoneId zone = reference.zone(market)
                .orElseThrow(() -> new RowProblem.Rejected(name(MARKET),
                        UserTexts.of("problem.insight.row.market-unknown", record.cell(MARKET))));
        String vendor = reference.vendorCode(text(record, VENDOR, 20))
                .orElseThrow(() -> new RowProblem.Rejected(name(VENDOR),
                        UserTexts.of("problem.insight.row.vendor-unknown", record.cell(VENDOR))));
        String site = reference.siteCode(vendor, text(record, SITE, 30))
                .orElseThrow(() -> new RowProblem.Rejected(name(SITE),
                        UserTexts.of("problem.insight.row.site-unknown", record.cell(SITE), vendor)));
        Instant created = instant(record, CREATED, zone);
        if (created.isAfter(latest)) {
            throw new RowProblem.Rejected(name(CREATED), UserTexts.of("problem.insight.row.in-future", record.cell(CREATED)));
        }
        Instant responded = optionalInstant(record, RESPONDED, zone);
        Instant resolved = optionalInstant(record, RESOLVED, zone);
        Integer responseSeconds = secondsAfter(created, responded, RESPONDED);
        Integer resolutionSeconds = secondsAfter(created, resolved, RESOLVED);
        int handle = integer(record, HANDLE, 0, MAX_HANDLE_SECONDS, null);
        Integer csat = record.cell(CSAT) == null ? null : integer(record, CSAT, 1, 5, null);
        boolean reopened = bool(record, REOPENED);
        int contacts = integer(record, CONTACTS, 1, 10_000, 1);
        String launch = canonical(optionalKey(record, LAUNCH, 60), false);
        String sop = canonical(optionalKey(record, SOP, 40), false);
        int sopVersion = sopVersion(record, sop);
        LocalDate day = day(created, zone);
        boolean responseInSla = withinSla(market, TicketReference.FIRST_RESPONSE_SLA, day, responseSeconds);
        boolean resolutionInSla = withinSla(market, TicketReference.RESOLUTION_SLA, day, resolutionSeconds);
        boolean firstContact = resolved != null && contacts == 1 && !reopened;
        return new TicketRow(record.rowNumber(), ticketId, created, day, responded, resolved, market, vendor, site,
                canonical(text(record, CHANNEL, 40), true), canonical(text(record, CATEGORY, 80), false), handle, csat, reopened,
                contacts, launch, sop, sopVersion, responseInSla, resolutionInSla, responseSeconds, resolutionSeconds,
                firstContact);
    }

    /**
     * One string instance per distinct channel, category, launch and SOP key (their hash then computed once), so the
     * roll-up sums of a million rows compare and hash cached strings; at most {@value #MAX_CANONICAL} are kept.
     */
    private String canonical(String value, boolean lowerCase) {
        Map<String, String> strings = lowerCase ? lowerCaseStrings : sameStrings;
        String known = strings.get(value);
        if (known != null) {
            return known;
        }
        String result = lowerCase ? value.toLowerCase(Locale.ROOT) : value;
        if (strings.size() < MAX_CANONICAL) {
            strings.put(value, result);
        }
        return result;
    }

    private boolean withinSla(String market, String key, LocalDate day, Integer seconds) {
        if (seconds == null) {
            return false;
        }
        OptionalDouble hours = reference.slaHours(market, key, day);
        return hours.isPresent() && seconds <= hours.getAsDouble() * 3600;
    }

    private static String name(int column) {
        return COLUMNS.name(column);
    }

    private static String text(RawRecord record, int column, int maxLength) {
        String value = record.cell(column);
        if (value == null) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.shared.field.required"));
        }
        if (value.length() > maxLength) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.too-long", String.valueOf(maxLength)));
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.control-characters"));
            }
        }
        return value;
    }

    private static String key(RawRecord record, int column, int maxLength) {
        String value = text(record, column, maxLength);
        if (!plainAsciiKey(value) && !KEY.matcher(value).matches()) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.code-characters", value));
        }
        return value;
    }

    /** The usual keys (ASCII letters and digits, then also the allowed punctuation) are checked without the regex. */
    private static boolean plainAsciiKey(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (i == 0 || " ._:/#&()+-".indexOf(c) < 0)) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    private static String optionalKey(RawRecord record, int column, int maxLength) {
        return record.cell(column) == null ? "" : key(record, column, maxLength);
    }

    private static int sopVersion(RawRecord record, String sop) {
        if (sop.isEmpty()) {
            if (record.cell(SOP_VERSION) != null) {
                throw new RowProblem.Rejected(name(SOP), UserTexts.of("problem.insight.row.sop-key-required"));
            }
            return 0;
        }
        if (record.cell(SOP_VERSION) == null) {
            throw new RowProblem.Rejected(name(SOP_VERSION), UserTexts.of("problem.insight.row.sop-version-required"));
        }
        return integer(record, SOP_VERSION, 1, 100_000, null);
    }

    private static int integer(RawRecord record, int column, int min, int max, Integer absent) {
        String value = record.cell(column);
        if (value == null) {
            if (absent != null) {
                return absent;
            }
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.shared.field.required"));
        }
        long number;
        try {
            number = value.contains(".") ? wholeDecimal(value) : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.whole-number", value));
        }
        if (number < min) {
            throw new RowProblem.Rejected(name(column), min == 0 ? UserTexts.of("problem.insight.row.negative", value)
                    : UserTexts.of("problem.insight.row.at-least", String.valueOf(min), value));
        }
        if (number > max) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.at-most", String.valueOf(max), value));
        }
        return (int) number;
    }

    /** "42.0" (as spreadsheets and JSON numbers write whole numbers) is 42; "42.5" is not whole. */
    private static long wholeDecimal(String value) {
        java.math.BigDecimal decimal = new java.math.BigDecimal(value);
        return decimal.stripTrailingZeros().scale() <= 0 ? decimal.longValueExact() : Long.parseLong(value);
    }

    private static boolean bool(RawRecord record, int column) {
        String value = record.cell(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.boolean-invalid", value));
        };
    }

    private static Instant optionalInstant(RawRecord record, int column, ZoneId zone) {
        return record.cell(column) == null ? null : instant(record, column, zone);
    }

    private static Instant instant(RawRecord record, int column, ZoneId zone) {
        String value = record.cell(column);
        if (value == null) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.shared.field.required"));
        }
        Instant fast = IsoTimestamps.parse(value, zone);
        if (fast != null) {
            return fast;
        }
        try {
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
            }
            return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.date-time-invalid", value));
        }
    }

    private static boolean hasOffset(String value) {
        int time = value.indexOf('T') >= 0 ? value.indexOf('T') : value.indexOf(' ');
        if (time < 0) {
            return false;
        }
        String rest = value.substring(time);
        return rest.endsWith("Z") || rest.endsWith("z") || rest.indexOf('+') > 0 || rest.lastIndexOf('-') > 0;
    }

    /**
     * The market-local day of an instant, as {@code instant.atZone(zone).toLocalDate()} gives it; the day of the row before
     * is kept, as rows mostly come day by day.
     */
    private LocalDate day(Instant instant, ZoneId zone) {
        long epochDay = Math.floorDiv(instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds(), 86_400);
        if (lastDay == null || lastDay.toEpochDay() != epochDay) {
            lastDay = LocalDate.ofEpochDay(epochDay);
        }
        return lastDay;
    }

    private static Integer secondsAfter(Instant created, Instant later, int column) {
        if (later == null) {
            return null;
        }
        // whole seconds of Duration.between(created, later), rounded down
        long seconds = later.getEpochSecond() - created.getEpochSecond() - (later.getNano() < created.getNano() ? 1 : 0);
        if (seconds < 0) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.before-created"));
        }
        if (seconds > Integer.MAX_VALUE) {
            throw new RowProblem.Rejected(name(column), UserTexts.of("problem.insight.row.too-long-after-created"));
        }
        return (int) seconds;
    }
}
