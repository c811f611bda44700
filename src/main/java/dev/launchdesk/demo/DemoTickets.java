package dev.launchdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import dev.launchdesk.insight.ingest.FileFormat;
import dev.launchdesk.insight.ingest.ImportKind;
import dev.launchdesk.insight.ingest.ImportMode;
import dev.launchdesk.insight.ingest.ImportSource;
import dev.launchdesk.insight.ingest.TicketImports;

/**
 * 90 days of helpdesk tickets and order volumes for ID, MY, TH, GB and US, imported through the real importer as the
 * helpdesk's monthly exports. Weekly seasonality (Mondays busiest), the 9.9 / 10.10 / 11.11 campaign peaks in the
 * South-East Asian markets, a seller-fee launch in October, and one injected problem: from the day Malaysia's refund
 * SOP started asking for an unboxing video (SPS-RFD-001, {@link DemoSops#REGIONAL_CHANGE_DAY}), the Manila overflow
 * team of Lumen BPO, which was not retrained, gets many more refund tickets, reopens and longer handling in Malaysia.
 */
@Component
class DemoTickets {

    static final LocalDate FIRST_DAY = DemoSops.TODAY.minusDays(90);
    static final LocalDate LAST_DAY = DemoSops.TODAY.minusDays(1);
    static final String PROBLEM_MARKET = "MY";
    static final String PROBLEM_VENDOR = "LUMEN";
    static final String PROBLEM_CATEGORY = "Refund";

    private record Route(String vendor, String site, double share) {
    }

    private record MarketSeed(String code, ZoneId zone, int ticketsPerDay, long ordersPerDay, boolean campaigns, List<Route> routes) {
    }

    private static final List<MarketSeed> MARKETS = List.of(
            new MarketSeed("ID", ZoneId.of("Asia/Jakarta"), 190, 160_000, true,
                    List.of(new Route("NCS", "JKT-1", .6), new Route("NCS", "SBY-1", .4))),
            new MarketSeed("MY", ZoneId.of("Asia/Kuala_Lumpur"), 110, 70_000, true,
                    List.of(new Route("NCS", "KUL-1", .65), new Route("LUMEN", "MNL-1", .35))),
            new MarketSeed("TH", ZoneId.of("Asia/Bangkok"), 110, 80_000, true, List.of(new Route("LUMEN", "BKK-1", 1))),
            new MarketSeed("GB", ZoneId.of("Europe/London"), 70, 45_000, false,
                    List.of(new Route("ATLAS", "BFS-1", .75), new Route("LUMEN", "MNL-1", .25))),
            new MarketSeed("US", ZoneId.of("America/New_York"), 80, 60_000, false,
                    List.of(new Route("BRIGHT", "TPA-1", .8), new Route("LUMEN", "MNL-1", .2))));

    private static final String[] CATEGORIES = {"Order status", "Refund", "Delivery", "Payout", "Account access", "Listing",
            "Fees & billing", "Vouchers", "Onboarding", "Policy violation"};
    private static final double[] CATEGORY_SHARES = {.20, .17, .16, .10, .08, .09, .06, .08, .04, .02};
    private static final String[] CHANNELS = {"chat", "email", "phone", "web_form"};
    private static final double[] CHANNEL_SHARES = {.55, .25, .12, .08};
    private static final Map<DayOfWeek, Double> WEEKDAY = Map.of(DayOfWeek.MONDAY, 1.18, DayOfWeek.TUESDAY, 1.08,
            DayOfWeek.WEDNESDAY, 1.0, DayOfWeek.THURSDAY, 0.98, DayOfWeek.FRIDAY, 0.94, DayOfWeek.SATURDAY, 0.84, DayOfWeek.SUNDAY, 0.78);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final LocalDate FEE_LAUNCH = LocalDate.of(2026, 10, 20);
    /** When the helpdesk exported the tickets: later first responses and resolutions had not happened yet. */
    private static final java.time.ZonedDateTime EXPORTED_AT = DemoSops.TODAY.atStartOfDay(ZoneId.of("UTC"));

    private final TicketImports imports;
    private final DemoSops sops;

    DemoTickets(TicketImports imports, DemoSops sops) {
        this.imports = imports;
        this.sops = sops;
    }

    void load() {
        Map<String, List<DemoSops.PublishedVersion>> refundSop = Map.of();
        try {
            refundSop = Map.of("ID", sops.publishedVersions("SPS-RFD-001", "ID"), "MY", sops.publishedVersions("SPS-RFD-001", "MY"),
                    "GB", sops.publishedVersions("SPS-RFD-001", "GB"), "US", sops.publishedVersions("SPS-RFD-001", "US"));
        } catch (java.util.NoSuchElementException e) {
            // a market without its refund variant: its refund tickets carry no SOP version
        }
        Random random = new Random(1212);
        TicketWriter generator = new TicketWriter(random, refundSop);
        for (LocalDate monthStart = FIRST_DAY.withDayOfMonth(1); !monthStart.isAfter(LAST_DAY); monthStart = monthStart.plusMonths(1)) {
            LocalDate from = monthStart.isBefore(FIRST_DAY) ? FIRST_DAY : monthStart;
            LocalDate to = monthStart.plusMonths(1).minusDays(1).isAfter(LAST_DAY) ? LAST_DAY : monthStart.plusMonths(1).minusDays(1);
            importFile(ImportKind.TICKETS, "helpdesk-export-" + monthStart.toString().substring(0, 7) + ".csv",
                    out -> generator.write(out, from, to));
        }
        importFile(ImportKind.ORDERS, "orders-" + FIRST_DAY + "-" + LAST_DAY + ".csv", out -> writeOrders(out, new Random(99)));
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    private void importFile(ImportKind kind, String name, Content content) {
        try {
            Path file = Files.createTempFile("launchdesk-demo-", ".csv");
            try {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    content.write(out);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    imports.importFile(new TicketImports.Request(kind, name, FileFormat.CSV, ImportMode.ALL_OR_NOTHING, ImportSource.DEMO),
                            in, "analyst");
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOrders(Writer out, Random random) throws IOException {
        out.write("market,date,orders\n");
        for (MarketSeed market : MARKETS) {
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                double weekend = day.getDayOfWeek().getValue() >= 6 ? 1.15 : 1.0;
                double campaign = market.campaigns() ? campaignFactor(day) * 1.3 - 0.3 : 1.0;
                long orders = Math.round(market.ordersPerDay() * weekend * Math.max(campaign, 1.0) * (0.95 + random.nextDouble() * 0.1));
                out.write(market.code() + "," + day + "," + orders + "\n");
            }
        }
    }

    /** 9.9, 10.10, 11.11 (and 12.12 when in range): the double-date sales; volume builds up and decays over three days. */
    static double campaignFactor(LocalDate day) {
        for (int offset = 0; offset <= 3; offset++) {
            LocalDate d = day.minusDays(offset);
            if (d.getMonthValue() >= 9 && d.getDayOfMonth() == d.getMonthValue()) {
                return new double[] {2.1, 1.5, 1.2, 1.08}[offset];
            }
        }
        return 1.0;
    }

    static String campaignKey(LocalDate day) {
        for (int offset = -1; offset <= 3; offset++) {
            LocalDate d = day.minusDays(offset);
            if (d.getMonthValue() >= 9 && d.getDayOfMonth() == d.getMonthValue()) {
                return d.getMonthValue() + "." + d.getMonthValue() + " Sale";
            }
        }
        return null;
    }

    /** Writes the tickets of a date range as the helpdesk exports them. */
    private static final class TicketWriter {
        private final Random random;
        private final Map<String, List<DemoSops.PublishedVersion>> refundSop;
        private int sequence = 4_100_000;

        TicketWriter(Random random, Map<String, List<DemoSops.PublishedVersion>> refundSop) {
            this.random = random;
            this.refundSop = refundSop;
        }

        void write(Writer out, LocalDate from, LocalDate to) throws IOException {
            out.write("ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,"
                    + "handle_time_seconds,csat,reopened,contact_count,launch_key,sop_key,sop_version\n");
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                for (MarketSeed market : MARKETS) {
                    double factor = WEEKDAY.get(day.getDayOfWeek()) * (market.campaigns() ? campaignFactor(day) : 1.0);
                    int count = (int) Math.round(market.ticketsPerDay() * factor * (0.92 + random.nextDouble() * 0.16));
                    for (int i = 0; i < count; i++) {
                        ticket(out, market, day, false);
                    }
                    if (market.code().equals(PROBLEM_MARKET) && !day.isBefore(DemoSops.REGIONAL_CHANGE_DAY)) {
                        int extra = (int) Math.round(market.ticketsPerDay() * 0.35 * 0.17 * 2.5 * WEEKDAY.get(day.getDayOfWeek()));
                        for (int i = 0; i < extra; i++) {
                            ticket(out, market, day, true);
                        }
                    }
                }
            }
        }

        private void ticket(Writer out, MarketSeed market, LocalDate day, boolean problem) throws IOException {
            Route route = problem ? market.routes().stream().filter(r -> r.vendor().equals(PROBLEM_VENDOR)).findFirst().orElseThrow()
                    : pick(market.routes());
            String category = problem ? PROBLEM_CATEGORY : CATEGORIES[pick(CATEGORY_SHARES)];
            if (!problem && day.isAfter(FEE_LAUNCH.minusDays(1)) && day.isBefore(FEE_LAUNCH.plusDays(14)) && market.campaigns()
                    && random.nextDouble() < 0.05) {
                category = "Fees & billing";
            }
            String channel = CHANNELS[pick(CHANNEL_SHARES)];
            boolean struggling = route.vendor().equals(PROBLEM_VENDOR) && market.code().equals(PROBLEM_MARKET)
                    && category.equals(PROBLEM_CATEGORY) && !day.isBefore(DemoSops.REGIONAL_CHANGE_DAY);
            LocalDateTime created = day.atStartOfDay().plusSeconds(arrivalSecond());
            double frtMinutes = switch (channel) {
                case "chat" -> logNormal(2.5, 0.8);
                case "phone" -> logNormal(1.2, 0.6);
                case "email" -> logNormal(150, 0.7);
                default -> logNormal(240, 0.7);
            };
            double resolutionHours = (channel.equals("chat") || channel.equals("phone") ? logNormal(3, 1.0) : logNormal(26, 0.6))
                    * (struggling ? 2.2 : 1.0);
            boolean reopened = random.nextDouble() < (struggling ? 0.35 : 0.06);
            int contacts = struggling ? 1 + random.nextInt(3) : random.nextDouble() < 0.82 ? 1 : 2 + random.nextInt(2);
            int handle = (int) Math.round(logNormal(category.equals("Refund") ? 720 : 540, 0.45) * (struggling ? 1.6 : 1.0));
            LocalDateTime responded = created.plusSeconds(Math.round(frtMinutes * 60));
            LocalDateTime resolved = created.plusSeconds(Math.round(resolutionHours * 3600));
            if (resolved.isBefore(responded)) {
                resolved = responded.plusMinutes(5 + random.nextInt(60));
            }
            boolean open = !resolved.atZone(market.zone()).isBefore(EXPORTED_AT);
            Integer csat = open || random.nextDouble() > 0.35 ? null : csat(struggling || reopened);
            String launch = launchKey(market, day, category);
            String[] sop = sop(market.code(), category, day);
            boolean unanswered = !responded.atZone(market.zone()).isBefore(EXPORTED_AT);
            if (!created.atZone(market.zone()).isBefore(EXPORTED_AT)) {
                return; // created after the export ran (the evening of its last day in the Americas): not in the file
            }
            out.write("ZD-" + sequence++ + "," + stamp(created, market) + "," + (unanswered ? "" : stamp(responded, market)) + ","
                    + (open ? "" : stamp(resolved, market)) + "," + market.code() + "," + route.vendor() + "," + route.site() + ","
                    + channel + "," + csvText(category) + "," + handle + "," + (csat == null ? "" : csat) + "," + reopened + ","
                    + contacts + "," + (launch == null ? "" : launch) + "," + sop[0] + "," + sop[1] + "\n");
        }

        private String launchKey(MarketSeed market, LocalDate day, String category) {
            if (category.equals("Fees & billing") && market.campaigns() && !day.isBefore(FEE_LAUNCH) && day.isBefore(FEE_LAUNCH.plusDays(28))) {
                return "SELLER-FEE-2026";
            }
            String campaign = market.campaigns() ? campaignKey(day) : null;
            return campaign != null && random.nextDouble() < 0.45 ? campaign : null;
        }

        private String[] sop(String market, String category, LocalDate day) {
            if (!category.equals("Refund")) {
                return new String[] {"", ""};
            }
            List<DemoSops.PublishedVersion> versions = refundSop.getOrDefault(market, List.of());
            DemoSops.PublishedVersion inForce = null;
            for (DemoSops.PublishedVersion v : versions) {
                if (!v.effective().isAfter(day)) {
                    inForce = v;
                }
            }
            return inForce == null ? new String[] {"", ""} : new String[] {"SPS-RFD-001", Integer.toString(inForce.number())};
        }

        private int csat(boolean unhappy) {
            double r = random.nextDouble();
            if (unhappy) {
                return r < 0.45 ? 1 : r < 0.7 ? 2 : r < 0.85 ? 3 : 4;
            }
            return r < 0.04 ? 1 : r < 0.09 ? 2 : r < 0.2 ? 3 : r < 0.5 ? 4 : 5;
        }

        /** Most tickets arrive between 08:00 and 22:00 local time. */
        private long arrivalSecond() {
            double hour = random.nextDouble() < 0.9 ? 8 + random.nextDouble() * 14 : random.nextDouble() * 24;
            return Math.round(hour * 3600) % 86_400;
        }

        private double logNormal(double median, double sigma) {
            return median * Math.exp(sigma * random.nextGaussian());
        }

        private Route pick(List<Route> routes) {
            double r = random.nextDouble();
            for (Route route : routes) {
                r -= route.share();
                if (r < 0) {
                    return route;
                }
            }
            return routes.get(routes.size() - 1);
        }

        private int pick(double[] shares) {
            double r = random.nextDouble();
            for (int i = 0; i < shares.length; i++) {
                r -= shares[i];
                if (r < 0) {
                    return i;
                }
            }
            return shares.length - 1;
        }

        private static String stamp(LocalDateTime local, MarketSeed market) {
            return local.atZone(market.zone()).toOffsetDateTime().format(STAMP);
        }

        private static String csvText(String text) {
            return text.contains(",") ? "\"" + text + "\"" : text;
        }
    }
}
