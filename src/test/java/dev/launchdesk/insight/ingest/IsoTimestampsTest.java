package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The quick timestamp reader agrees with the strict java.time parsers on every value it accepts, and leaves the rest to them. */
class IsoTimestampsTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void readsTheUsualShapesExactlyAsJavaTimeDoes() {
        SplittableRandom random = new SplittableRandom(7);
        String[] offsets = {"", "Z", "z", "+07:00", "-05:00", "+05:30", "-00:00", "+14:00", "-12:00", "+00:00"};
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime local = LocalDateTime.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60));
            String text = local.toString().substring(0, 16) + ":" + two(local.getSecond());
            int digits = random.nextInt(10);
            if (digits > 0) {
                text += "." + Long.toString(1_000_000_000L + random.nextInt(1_000_000_000)).substring(1, 1 + digits);
            }
            text += offsets[random.nextInt(offsets.length)];
            if (random.nextBoolean()) {
                text = text.replace('T', ' ');
            }
            ZoneId zone = random.nextBoolean() ? JAKARTA : LONDON;
            assertThat(IsoTimestamps.parse(text, zone)).as(text).isEqualTo(strict(text, zone));
        }
    }

    /**
     * Digits out of range included (month 13, 31 April, 29 February of a non-leap year, hour 24, minute 60, offsets up to
     * ±19:60), fractions of up to ten digits, with and without an offset: the quick reader gives the strict parsers'
     * instant or leaves the value to them.
     */
    @Test
    void agreesWithJavaTimeOnGeneratedValuesIncludingInvalidOnes() {
        String[] offsets = {"", "Z", "z", "+07:00", "-05:00", "+05:30", "-00:00", "+18:00", "-18:00", "+18:01", "-17:59", "+19:00",
                "+07:60", "+7:00", "+0700", "+07"};
        qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32),
                integers().between(0, 1_000_000)).checkAssert((year, month, day, seed) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            String text = String.format("%04d-%02d-%02d%s%02d:%02d:%02d", year, month, day, random.nextBoolean() ? "T" : " ",
                    random.nextInt(25), random.nextInt(61), random.nextInt(61));
            int digits = random.nextInt(11);
            if (digits > 0) {
                text += "." + Long.toString(10_000_000_000L + random.nextLong(10_000_000_000L)).substring(1, 1 + digits);
            }
            text += offsets[random.nextInt(offsets.length)];
            ZoneId zone = random.nextBoolean() ? JAKARTA : LONDON;
            Instant quick = IsoTimestamps.parse(text, zone);
            if (quick != null) {
                assertThat(quick).as(text).isEqualTo(strict(text, zone));
            }
        });
    }

    @Test
    void countsDaysAsLocalDateDoes() {
        qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(1, 12), integers().between(1, 31))
                .assuming((year, month, day) -> day <= LocalDate.of(year, month, 1).lengthOfMonth())
                .checkAssert((year, month, day) -> assertThat(IsoTimestamps.epochDay(year, month, day))
                        .isEqualTo(LocalDate.of(year, month, day).toEpochDay()));
    }

    @Test
    void leavesEverythingElseToTheStrictParser() {
        for (String odd : List.of("2025-02-30T10:00:00", "2025-13-01T10:00:00", "2025-01-01T24:00:00", "2025-01-01T10:60:00",
                "2025-01-01T10:00:00+19:00", "2025-01-01T10:00:00+07", "2025-01-01T10:00:00+0700", "2025-01-01T10:00:00.",
                "2025-01-01T10:00:00.1234567891", "2025-01-01T10:00", "2025-1-01T10:00:00", "20250101T100000",
                "2025-01-01T10:00:00 +07:00", "2025-01-01T10:00:00Z[UTC]", "+2025-01-01T10:00:00", "2025-01-01x10:00:00",
                "2025-01-01T10:00:00+07:00:00", "2025-01-01T1a:00:00", "2025-04-31T10:00:00Z", "2025-02-29T10:00:00+07:00",
                "2025-01-01T10:00:00+18:01", "2025-01-01T10:00:00-19:00", "2025-01-01T10:00:00+07:60")) {
            assertThat(IsoTimestamps.parse(odd, JAKARTA)).as(odd).isNull();
        }
    }

    @Test
    void aLocalTimeIsReadInTheMarketsZoneAcrossADaylightSavingChange() {
        assertThat(IsoTimestamps.parse("2025-03-30T00:30:00", LONDON)).isEqualTo(Instant.parse("2025-03-30T00:30:00Z"));
        assertThat(IsoTimestamps.parse("2025-03-30T02:30:00", LONDON)).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
        assertThat(IsoTimestamps.parse("2025-10-26 01:30:00", LONDON)).isEqualTo(strict("2025-10-26T01:30:00", LONDON));
    }

    private static Instant strict(String value, ZoneId zone) {
        String iso = value.replace(' ', 'T');
        boolean offset = iso.endsWith("Z") || iso.endsWith("z") || iso.indexOf('+') > 0 || iso.lastIndexOf('-') > 9;
        try {
            return offset ? OffsetDateTime.parse(iso).toInstant() : LocalDateTime.parse(iso).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
