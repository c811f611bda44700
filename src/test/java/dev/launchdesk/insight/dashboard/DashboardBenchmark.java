package dev.launchdesk.insight.dashboard;

import java.io.StringReader;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): fills PostgreSQL's {@code ticket_day} with the daily
 * roll-up of 5,000,000 generated tickets over 365 days and times the dashboard's reads. Prints figures, asserts
 * nothing; the target is p95 below 500 ms.
 *
 * <pre>
 * LAUNCHDESK_TEST_POSTGRES_SCHEMA=ld_dash_bench ./mvnw test -Dtest=DashboardBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DskipPostgresTests
 * </pre>
 *
 * <p>The tickets: 14 markets (ID a quarter, down to 2 % for the smallest), served by the 13 demo sites of the 4 demo
 * vendors (a few markets from two sites), 5 channels, 12 issue categories (Zipf-like shares), weekly seasonality
 * (Mondays +15 %, weekends −20 %) and the 11.11 and 12.12 campaign peaks (×2.5 for a week). Four launches in their
 * windows tag a share of the tickets of their categories; four SOPs change version on fixed dates. The count of each
 * combination of day × market × site × channel × category × launch × SOP version is drawn from a Poisson law around
 * its expected share, so rare combinations are often absent as in real data; each present combination is one
 * roll-up row with measures drawn around realistic rates. Fixed seed: runs are comparable.
 */
@SpringBootTest(properties = "logging.level.dev.launchdesk=WARN")
@ActiveProfiles("postgres")
class DashboardBenchmark {

    static final long TICKETS = 5_000_000;
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final int DAYS = 365;
    static final int WARM_UP = 5;
    static final int ROUNDS = 40;

    static final Map<String, Double> MARKETS = weights("ID", 25, "TH", 12, "VN", 10, "BR", 10, "PH", 9, "MY", 8, "MX", 6,
            "US", 5, "SG", 3, "GB", 3, "ES", 3, "PL", 2, "CA", 2, "CO", 2);
    static final Map<String, String[]> SITES = Map.ofEntries(Map.entry("ID", new String[] {"NCS:JKT-1", "NCS:SBY-1"}),
            Map.entry("MY", new String[] {"NCS:KUL-1"}), Map.entry("SG", new String[] {"NCS:KUL-1", "LUMEN:MNL-1"}),
            Map.entry("TH", new String[] {"LUMEN:BKK-1"}), Map.entry("VN", new String[] {"LUMEN:SGN-1"}),
            Map.entry("PH", new String[] {"LUMEN:MNL-1"}), Map.entry("GB", new String[] {"ATLAS:BFS-1"}),
            Map.entry("ES", new String[] {"ATLAS:MAD-1"}), Map.entry("PL", new String[] {"ATLAS:KRK-1"}),
            Map.entry("US", new String[] {"BRIGHT:TPA-1"}), Map.entry("CA", new String[] {"BRIGHT:TPA-1", "ATLAS:BFS-1"}),
            Map.entry("MX", new String[] {"BRIGHT:MEX-1"}), Map.entry("BR", new String[] {"BRIGHT:SAO-1"}),
            Map.entry("CO", new String[] {"BRIGHT:BOG-1"}));
    static final Map<String, Double> CHANNELS = weights("chat", 45, "email", 25, "phone", 15, "in-app", 10, "social", 5);
    static final Map<String, Double> CATEGORIES = weights("Refund", 18, "Shipping delay", 15, "Return", 12, "Payment", 10,
            "Account suspension", 8, "Voucher", 8, "Listing", 7, "Payout", 6, "Counterfeit", 5, "Seller tools", 5,
            "Campaign", 4, "Other", 2);
    static final Map<String, Integer> FRT_SECONDS = Map.of("chat", 90, "email", 14_400, "phone", 30, "in-app", 600, "social", 3_600);

    record Launch(String key, LocalDate from, LocalDate to, List<String> categories, double share) {
    }

    record SopChange(String key, String category, LocalDate[] versionFrom) {
    }

    static final List<Launch> LAUNCHES = List.of(
            new Launch("seller-wallet", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), List.of("Payout", "Payment"), 0.3),
            new Launch("new-returns-flow", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 30), List.of("Return", "Refund"), 0.25),
            new Launch("1111-sale", LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 14), List.of("Campaign", "Voucher", "Shipping delay"), 0.5),
            new Launch("1212-sale", LocalDate.of(2024, 12, 9), LocalDate.of(2024, 12, 15), List.of("Campaign", "Voucher", "Shipping delay"), 0.5));
    static final List<SopChange> SOPS = List.of(
            new SopChange("SPS-RFD-001", "Refund", new LocalDate[] {FIRST, LocalDate.of(2024, 5, 15), LocalDate.of(2024, 10, 1)}),
            new SopChange("SPS-RTN-001", "Return", new LocalDate[] {FIRST, LocalDate.of(2024, 6, 1)}),
            new SopChange("SPS-SHP-002", "Shipping delay", new LocalDate[] {FIRST, LocalDate.of(2024, 8, 20), LocalDate.of(2024, 11, 1)}),
            new SopChange("SPS-ACC-004", "Account suspension", new LocalDate[] {FIRST, LocalDate.of(2024, 9, 9)}));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KpiDashboard dashboard;

    @Autowired
    VendorDirectory vendors;

    @Autowired
    BeforeAfter beforeAfter;

    @Test
    void dashboardQueriesOverFiveMillionTickets() throws Exception {
        long started = System.nanoTime();
        long[] generated = generate();
        long loadMs = (System.nanoTime() - started) / 1_000_000;
        dev.launchdesk.insight.VendorDays.rebuild(jdbc, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
        jdbc.sql("vacuum analyze ticket_day").update();
        jdbc.sql("vacuum analyze ticket_vendor_day").update();
        jdbc.sql("vacuum analyze ticket_category_day").update();
        jdbc.sql("vacuum analyze ticket_value_day").update();
        jdbc.sql("vacuum analyze order_volume").update();
        long tableBytes = jdbc.sql("select pg_total_relation_size('ticket_day')").query(Long.class).single();
        System.out.printf("%nDashboard benchmark (PostgreSQL %s)%n", jdbc.sql("show server_version").query(String.class).single());
        System.out.printf("  %,d tickets over %d days rolled up into %,d ticket_day rows (%,.0f per day, %,d MB with indexes), loaded in %,d ms%n",
                generated[0], DAYS, generated[1], generated[1] / (double) DAYS, tableBytes / 1_048_576, loadMs);

        VendorScope all = VendorScope.all();
        VendorScope ncs = VendorScope.of(vendors.vendorNames().stream().filter(v -> v.code().equals("NCS")).findFirst().orElseThrow().id());
        Map<String, Callable<Object>> queries = new LinkedHashMap<>();
        queries.put("KPI API default (28 days up to the last day, per day, all KPIs)", () -> dashboard.report(params(), all));
        queries.put("KPI API grouped by market (28 days, per day)", () -> dashboard.report(params("groupBy", "market"), all));
        queries.put("heat map market x category (28 days, total)",
                () -> dashboard.report(params("granularity", "total", "groupBy", "market,category"), all));
        queries.put("weekly by market over the whole year", () -> dashboard.report(params("from", FIRST.toString(),
                "to", FIRST.plusDays(DAYS - 1L).toString(), "granularity", "week", "groupBy", "market"), all));
        queries.put("weekly, whole year, ID + refund filters", () -> dashboard.report(params("from", FIRST.toString(),
                "to", FIRST.plusDays(DAYS - 1L).toString(), "granularity", "week", "market", "ID", "category", "Refund"), all));
        queries.put("KPI API default as NCS's vendor lead", () -> dashboard.report(params(), ncs));
        queries.put("whole dashboard page data (tiles, 3 charts, table, 7 filter lists)", () -> {
            KpiParameters p = params("groupBy", "market");
            return List.of(dashboard.dashboard(p, "/insights/tickets", all), dashboard.filterOptions(dashboard.query(p, all), all));
        });
        queries.put("whole dashboard page, 90 days by week, grouped by vendor", () -> {
            KpiParameters p = params("from", FIRST.plusDays(DAYS - 90L).toString(), "granularity", "week", "groupBy", "vendor");
            return List.of(dashboard.dashboard(p, "/insights/tickets", all), dashboard.filterOptions(dashboard.query(p, all), all));
        });
        queries.put("before/after around 1212-sale's go-live, 14 days each side", () -> {
            MultiValueMap<String, String> around = new LinkedMultiValueMap<>();
            around.add("launchKey", "1212-sale");
            return beforeAfter.compare(CompareParameters.parse(around), all);
        });
        KpiParameters ninety = params("from", FIRST.plusDays(DAYS - 90L).toString(), "granularity", "week", "groupBy", "vendor,market,category");
        queries.put("  its parts: 90 days by week x vendor x market x category", () -> dashboard.report(ninety, all));
        queries.put("  its parts: 90 days total", () -> dashboard.total(dashboard.query(ninety, all), all));
        queries.put("  its parts: 90 days of filter list values", () -> dashboard.filterOptions(dashboard.query(ninety, all), all));
        System.out.printf("  %-70s %8s %8s %8s%n", "query (" + ROUNDS + " runs after " + WARM_UP + " warm-up)", "p50 ms", "p95 ms", "max ms");
        for (Map.Entry<String, Callable<Object>> query : queries.entrySet()) {
            double[] millis = time(query.getValue());
            System.out.printf("  %-70s %8.1f %8.1f %8.1f%n", query.getKey(), percentile(millis, 50), percentile(millis, 95),
                    millis[millis.length - 1]);
        }
        System.out.println();
    }

    private static double[] time(Callable<Object> query) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            query.call();
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            query.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Nearest-rank percentile of sorted samples. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static KpiParameters params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return KpiParameters.parse(params, Granularity.DAY);
    }

    /** Writes the roll-up rows and order volume with COPY; answers {tickets, rows}. */
    private long[] generate() throws Exception {
        jdbc.sql("truncate table ticket_day, ticket_vendor_day, ticket_category_day, ticket_value_day").update();
        jdbc.sql("delete from order_volume").update();
        Random random = new Random(12_12L);
        double[] dayWeights = new double[DAYS];
        double weightSum = 0;
        for (int d = 0; d < DAYS; d++) {
            dayWeights[d] = dayWeight(FIRST.plusDays(d));
            weightSum += dayWeights[d];
        }
        long tickets = 0;
        long rows = 0;
        StringBuilder orders = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder chunk = new StringBuilder();
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                double dayTotal = TICKETS * dayWeights[d] / weightSum;
                for (Map.Entry<String, Double> market : MARKETS.entrySet()) {
                    orders.append(market.getKey()).append('\t').append(day).append('\t')
                            .append(Math.round(dayTotal * market.getValue() * (40 + random.nextGaussian()))).append('\n');
                    String[] sites = SITES.get(market.getKey());
                    for (int s = 0; s < sites.length; s++) {
                        double siteShare = sites.length == 1 ? 1 : s == 0 ? 0.7 : 0.3;
                        for (Map.Entry<String, Double> channel : CHANNELS.entrySet()) {
                            for (Map.Entry<String, Double> category : CATEGORIES.entrySet()) {
                                double expected = dayTotal * market.getValue() * siteShare * channel.getValue() * category.getValue();
                                String sop = sopOf(category.getKey(), day);
                                Launch launch = launchOf(category.getKey(), day);
                                double launched = launch == null ? 0 : expected * launch.share();
                                for (int tagged = 0; tagged < (launch == null ? 1 : 2); tagged++) {
                                    int n = poisson(random, tagged == 1 ? launched : expected - launched);
                                    if (n == 0) {
                                        continue;
                                    }
                                    tickets += n;
                                    rows++;
                                    row(chunk, random, day, market.getKey(), sites[s], channel.getKey(), category.getKey(),
                                            tagged == 1 ? launch.key() : "", sop, n);
                                }
                            }
                        }
                    }
                }
                if (chunk.length() > 4_000_000 || d == DAYS - 1) {
                    copy.copyIn("copy ticket_day (created_day, market_code, vendor_code, site_code, channel, category, launch_key,"
                            + " sop_key, sop_version, tickets, contacts, handle_seconds, responded, response_seconds, response_in_sla,"
                            + " resolved, resolution_seconds, resolution_in_sla, first_contact_resolved, reopened, csat_responses,"
                            + " csat_satisfied, csat_points) from stdin", new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            copy.copyIn("copy order_volume (market_code, order_day, orders) from stdin", new StringReader(orders.toString()));
        }
        return new long[] {tickets, rows};
    }

    private static void row(StringBuilder out, Random random, LocalDate day, String market, String vendorSite, String channel,
                            String category, String launch, String sop, int n) {
        String[] vs = vendorSite.split(":");
        int responded = n - binomial(random, n, 0.02);
        int resolved = binomial(random, n, 0.92);
        int csat = binomial(random, n, 0.3);
        int satisfied = binomial(random, csat, 0.8);
        double aht = (240 + CATEGORIES.get(category) * 3000) * (1 + 0.15 * random.nextGaussian());
        String sopKey = sop.isEmpty() ? "" : sop.substring(0, sop.indexOf(' '));
        String sopVersion = sop.isEmpty() ? "0" : sop.substring(sop.indexOf('v') + 1);
        long[] values = {n, n + binomial(random, n, 0.2), Math.max(30, Math.round(n * aht)), responded,
                Math.round(responded * FRT_SECONDS.get(channel) * (0.7 + 0.6 * random.nextDouble())),
                binomial(random, responded, 0.9), resolved, Math.round(resolved * 28_800 * (0.5 + random.nextDouble())),
                binomial(random, resolved, 0.85), binomial(random, resolved, 0.7), binomial(random, resolved, 0.06), csat,
                satisfied, satisfied * 5L + (csat - satisfied) * 2L};
        out.append(day).append('\t').append(market).append('\t').append(vs[0]).append('\t').append(vs[1]).append('\t')
                .append(channel).append('\t').append(category).append('\t').append(launch).append('\t').append(sopKey)
                .append('\t').append(sopVersion);
        for (long v : values) {
            out.append('\t').append(v);
        }
        out.append('\n');
    }

    private static double dayWeight(LocalDate day) {
        double weight = day.getDayOfWeek() == DayOfWeek.MONDAY ? 1.15
                : day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.8 : 1.0;
        for (Launch launch : LAUNCHES) {
            if (launch.key().endsWith("-sale") && !day.isBefore(launch.from()) && !day.isAfter(launch.to())) {
                weight *= 2.5;
            }
        }
        return weight;
    }

    private static String sopOf(String category, LocalDate day) {
        for (SopChange sop : SOPS) {
            if (sop.category().equals(category)) {
                int version = 0;
                while (version < sop.versionFrom().length && !day.isBefore(sop.versionFrom()[version])) {
                    version++;
                }
                return sop.key() + " v" + version;
            }
        }
        return "";
    }

    private static Launch launchOf(String category, LocalDate day) {
        return LAUNCHES.stream().filter(l -> l.categories().contains(category) && !day.isBefore(l.from()) && !day.isAfter(l.to()))
                .findFirst().orElse(null);
    }

    private static int poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static int binomial(Random random, int n, double p) {
        if (n > 40) {
            return (int) Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * random.nextGaussian())));
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += random.nextDouble() < p ? 1 : 0;
        }
        return count;
    }

    private static Map<String, Double> weights(Object... pairs) {
        Map<String, Double> weights = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            sum += ((Number) pairs[i + 1]).doubleValue();
        }
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue() / sum);
        }
        return weights;
    }
}
