package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/**
 * The creation day and the seconds to first response and to resolution, worked out without date-time objects, are
 * what java.time gives ({@code atZone(zone).toLocalDate()}, {@code Duration.between(...).getSeconds()}) for instants
 * across the years, daylight-saving changes and midnight, written with the market's offset, another one or none, and a
 * response before the creation is refused naming its column.
 */
class TicketParserTimesPropertyTest {

    private static final String[][] DESKS = {{"ID", "Asia/Jakarta", "NCS", "JKT-1"}, {"MY", "Asia/Kuala_Lumpur", "NCS", "KUL-1"},
            {"TH", "Asia/Bangkok", "LUMEN", "BKK-1"}, {"GB", "Europe/London", "ATLAS", "BFS-1"}, {"US", "America/New_York", "BRIGHT", "TPA-1"}};
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.ofHours(7), ZoneOffset.ofHoursMinutes(-5, -30),
            ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12)};
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private final TicketParser parser = new TicketParser(DemoReference.tickets(), Instant.parse("9999-01-01T00:00:00Z"));

    @Test
    void dayAndDurationsAreJavaTimes() {
        long from = Instant.parse("1971-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2090-01-01T00:00:00Z").getEpochSecond();
        qt().withExamples(20_000).forAll(longs().between(from, to), integers().between(0, 999_999_999), longs().between(-3_600, 400L * 86_400),
                integers().between(0, 1_000_000)).checkAssert((seconds, nanos, later, seed) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            String[] desk = DESKS[random.nextInt(DESKS.length)];
            ZoneId zone = ZoneId.of(desk[1]);
            Instant created = Instant.ofEpochSecond(seconds, random.nextBoolean() ? nanos : nanos / 1_000_000 * 1_000_000);
            Instant responded = created.plusSeconds(later).plusNanos(random.nextInt(1_000_000_000));
            String createdText = written(created, zone, random);
            Instant createdRead = read(createdText, zone);
            String[] cells = new String[TicketParser.COLUMNS.size()];
            cells[0] = "T-" + seed;
            cells[1] = createdText;
            cells[2] = written(responded, zone, random);
            cells[4] = desk[0];
            cells[5] = desk[2];
            cells[6] = desk[3];
            cells[7] = "chat";
            cells[8] = "Orders";
            cells[9] = "60";
            RawRecord record = new RawRecord(2, cells, "", null);
            long expectedSeconds = Duration.between(createdRead, read(cells[2], zone)).getSeconds();
            if (expectedSeconds < 0) {
                assertThatThrownBy(() -> parser.parse(record)).isInstanceOfSatisfying(RowProblem.Rejected.class,
                        e -> assertThat(e.column).isEqualTo("first_response_at"));
                return;
            }
            TicketRow row = parser.parse(record);
            assertThat(row.createdAt()).isEqualTo(createdRead);
            assertThat(row.createdDay()).as(createdText).isEqualTo(createdRead.atZone(zone).toLocalDate());
            assertThat(row.responseSeconds()).as(createdText + " " + cells[2]).isEqualTo((int) expectedSeconds);
        });
    }

    /** The instant as an export writes it: with the market's offset, with another one, or as a local time of the market. */
    private static String written(Instant instant, ZoneId zone, java.util.SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> WITH_OFFSET.format(instant.atZone(zone));
            case 1 -> WITH_OFFSET.format(instant.atOffset(OFFSETS[random.nextInt(OFFSETS.length)]));
            default -> LOCAL.format(instant.atZone(zone));
        };
    }

    /** What java.time reads from it. */
    private static Instant read(String text, ZoneId zone) {
        String iso = text.replace(' ', 'T');
        return iso.length() > 23 ? java.time.OffsetDateTime.parse(iso).toInstant() : java.time.LocalDateTime.parse(iso).atZone(zone).toInstant();
    }
}
