package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

    @Test
    void leavesEverythingElseToTheStrictParser() {
        for (String odd : List.of("2025-02-30T10:00:00", "2025-13-01T10:00:00", "2025-01-01T24:00:00", "2025-01-01T10:60:00",
                "2025-01-01T10:00:00+19:00", "2025-01-01T10:00:00+07", "2025-01-01T10:00:00+0700", "2025-01-01T10:00:00.",
                "2025-01-01T10:00:00.1234567891", "2025-01-01T10:00", "2025-1-01T10:00:00", "20250101T100000",
                "2025-01-01T10:00:00 +07:00", "2025-01-01T10:00:00Z[UTC]", "+2025-01-01T10:00:00", "2025-01-01x10:00:00",
                "2025-01-01T10:00:00+07:00:00", "2025-01-01T1a:00:00")) {
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
