package dev.launchdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a realistic helpdesk export for the ingestion benchmark: the demo markets and the vendor sites that serve
 * them, 90 days, channels and categories with uneven shares, first response and resolution times with long tails,
 * an optional CSAT score, reopened tickets, launch keys on part of the rows and, on others, the SOP of the ticket's
 * category with its version in force that day. Ticket ids are unique (one row per ticket) and rise with the
 * creation day, as a helpdesk export lists its tickets (within a day, the order is random); timestamps carry milliseconds and the market's UTC offset. About 200 bytes a row.
 */
final class TicketFileWriter {

    static final String HEADER = "ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,"
            + "handle_time_seconds,csat,reopened,contact_count,launch_key,sop_key,sop_version";

    record Desk(String market, ZoneId zone, String vendor, String site, int weight) {
    }

    private static final Desk[] DESKS = {
            new Desk("ID", ZoneId.of("Asia/Jakarta"), "NCS", "JKT-1", 22),
            new Desk("ID", ZoneId.of("Asia/Jakarta"), "NCS", "SBY-1", 13),
            new Desk("MY", ZoneId.of("Asia/Kuala_Lumpur"), "NCS", "KUL-1", 15),
            new Desk("TH", ZoneId.of("Asia/Bangkok"), "LUMEN", "BKK-1", 13),
            new Desk("TH", ZoneId.of("Asia/Bangkok"), "LUMEN", "MNL-1", 7),
            new Desk("GB", ZoneId.of("Europe/London"), "ATLAS", "BFS-1", 15),
            new Desk("US", ZoneId.of("America/New_York"), "BRIGHT", "TPA-1", 15)};
    private static final String[] CHANNELS = {"chat", "chat", "chat", "email", "email", "in-app", "phone", "social"};
    private static final String[] CATEGORIES = {"Refunds & returns / Refund not received after return",
            "Refunds & returns / Return pickup not arranged", "Orders / Where is my order (tracking)", "Orders / Cancel an order",
            "Payments / Payment failed at checkout", "Payments / Charged twice for one order", "Account / Login and OTP verification",
            "Seller / Account health and appeals", "Logistics / Parcel arrived damaged", "Logistics / Delivery later than promised",
            "Vouchers / Voucher not applied at checkout", "Listings / Counterfeit or prohibited item report"};
    private static final String[][] LAUNCHES = {{"ID", "ID-2025-PAYLATER"}, {"MY", "MY-2025-SELLER-ONBOARDING"},
            {"TH", "TH-2025-1111"}, {"GB", "GB-2025-BLACK-FRIDAY"}, {"US", "US-2025-BLACK-FRIDAY"}};
    /** The SOP an agent follows for each category (same order as CATEGORIES); its version changes on a day of its own. */
    private static final String[] SOPS = {"SPS-RFD-001", "SPS-RFD-002", "SPS-ORD-001", "SPS-ORD-002", "SPS-PAY-001", "SPS-PAY-002",
            "SPS-ACC-001", "SPS-ACC-003", "SPS-LOG-002", "SPS-LOG-001", "SPS-PAY-003", "SPS-LST-001"};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private TicketFileWriter() {
    }

    /** Writes {@code rows} tickets created in the 90 days from {@code firstDay} to {@code file}; the same seed, the same file. */
    static long write(Path file, int rows, LocalDate firstDay, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int totalWeight = 0;
        for (Desk desk : DESKS) {
            totalWeight += desk.weight();
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (int n = 0; n < rows; n++) {
                line.setLength(0);
                row(line, n, (int) (90L * n / rows), pick(random.nextInt(totalWeight)), firstDay, random);
                out.append(line).append('\n');
            }
        }
        return Files.size(file);
    }

    private static Desk pick(int ticket) {
        for (Desk desk : DESKS) {
            ticket -= desk.weight();
            if (ticket < 0) {
                return desk;
            }
        }
        throw new IllegalStateException();
    }

    private static void row(StringBuilder line, int n, int dayIndex, Desk desk, LocalDate firstDay, SplittableRandom random) {
        // busier during the local day: 70 % of tickets between 08:00 and 22:00
        int second = random.nextInt(10) < 7 ? 8 * 3600 + random.nextInt(14 * 3600) : random.nextInt(24 * 3600);
        ZonedDateTime created = firstDay.plusDays(dayIndex).atStartOfDay(desk.zone()).plusSeconds(second)
                .plusNanos(random.nextInt(1000) * 1_000_000L);
        boolean responded = random.nextInt(100) < 95;
        boolean resolved = responded && random.nextInt(100) < 88;
        long firstResponse = longTail(random, 20 * 60, 12 * 3600);
        long resolution = firstResponse + longTail(random, 6 * 3600, 5 * 86400);
        int contacts = random.nextInt(100) < 72 ? 1 : 2 + random.nextInt(3);
        boolean reopened = resolved && random.nextInt(100) < 6;
        line.append("TCK-").append(desk.market()).append('-').append(10_000_000 + n).append(',')
                .append(ISO.format(created)).append(',');
        if (responded) {
            line.append(ISO.format(created.plusSeconds(firstResponse)));
        }
        line.append(',');
        if (resolved) {
            line.append(ISO.format(created.plusSeconds(resolution)));
        }
        line.append(',').append(desk.market()).append(',').append(desk.vendor()).append(',').append(desk.site()).append(',')
                .append(CHANNELS[random.nextInt(CHANNELS.length)]).append(',');
        int category = Math.min(random.nextInt(CATEGORIES.length), random.nextInt(CATEGORIES.length));
        line.append(CATEGORIES[category]).append(',')
                .append(60 + longTail(random, 240, 7200)).append(',');
        if (resolved && random.nextInt(100) < 35) {
            line.append(csat(random));
        }
        line.append(',').append(reopened).append(',').append(contacts).append(',');
        if (random.nextInt(100) < 20) {
            line.append(launchOf(desk.market()));
        }
        line.append(',');
        if (random.nextInt(100) < 30) {
            line.append(SOPS[category]).append(',').append(dayIndex < 20 + 5 * category ? 2 : 3);
        } else {
            line.append(',');
        }
    }

    /** Mostly around {@code typical} seconds, now and then far longer (up to {@code cap}). */
    private static long longTail(SplittableRandom random, int typical, int cap) {
        double value = -typical * Math.log(1 - random.nextDouble());
        return Math.min(cap, Math.round(value));
    }

    private static int csat(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 45 ? 5 : r < 70 ? 4 : r < 80 ? 3 : r < 88 ? 2 : 1;
    }

    private static String launchOf(String market) {
        for (String[] launch : LAUNCHES) {
            if (launch[0].equals(market)) {
                return launch[1];
            }
        }
        throw new IllegalArgumentException(market);
    }
}
