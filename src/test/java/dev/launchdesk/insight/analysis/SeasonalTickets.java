package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated daily ticket counts with weekly seasonality for every combination of markets, vendors (each with its
 * own sites, serving every market), channels and categories; counts are Poisson around the product of the
 * weights, so small leaves are noisy. Injected problems multiply the counts of the leaves of a combination
 * (e.g. {market=MY, vendor=LUMEN, category=Refund}) from a given day on.
 */
record SeasonalTickets(Map<String, Double> markets, Map<String, Map<String, Double>> vendorSites, Map<String, Double> vendors,
                       Map<String, Double> channels, Map<String, Double> categories, double ticketsPerDay) {

    /** Monday first: more tickets early in the week, fewer at the weekend. */
    static final double[] WEEKDAY = {1.2, 1.1, 1.0, 1.0, 0.9, 0.7, 0.6};

    /** A problem: the leaves with these dimension values get {@code factor} times their tickets. */
    record Injection(Map<String, String> combination, double factor) {

        boolean covers(Map<String, String> leaf) {
            return combination.entrySet().stream().allMatch(e -> e.getValue().equals(leaf.get(e.getKey())));
        }
    }

    static SeasonalTickets small() {
        return new SeasonalTickets(
                ordered("ID", 0.35, "MY", 0.25, "TH", 0.25, "SG", 0.15),
                Map.of("NCS", ordered("KUL-1", 0.6, "CGK-1", 0.4), "LUMEN", ordered("MNL-1", 0.6, "BKK-1", 0.4),
                        "ATLAS", ordered("SGN-1", 0.5, "MNL-2", 0.5)),
                ordered("NCS", 0.4, "LUMEN", 0.35, "ATLAS", 0.25),
                ordered("chat", 0.6, "email", 0.4),
                ordered("Refund", 0.25, "Delivery", 0.3, "Payment", 0.15, "Account", 0.1, "Returns", 0.2),
                3000);
    }

    static SeasonalTickets larger() {
        return new SeasonalTickets(
                ordered("ID", 0.3, "MY", 0.2, "TH", 0.2, "SG", 0.1, "PH", 0.2),
                Map.of("NCS", ordered("KUL-1", 0.6, "CGK-1", 0.4), "LUMEN", ordered("MNL-1", 0.6, "BKK-1", 0.4),
                        "ATLAS", ordered("SGN-1", 0.5, "MNL-2", 0.5)),
                ordered("NCS", 0.4, "LUMEN", 0.35, "ATLAS", 0.25),
                ordered("chat", 0.5, "email", 0.3, "phone", 0.2),
                ordered("Refund", 0.25, "Delivery", 0.3, "Payment", 0.15, "Account", 0.1, "Returns", 0.2),
                6000);
    }

    /** The rows of {@code weeks} weeks from the Monday; the injections apply from {@code injectedFrom} on. */
    List<TicketDays.Row> rows(LocalDate monday, int weeks, List<Injection> injections, LocalDate injectedFrom, Random random) {
        List<TicketDays.Row> rows = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            LocalDate date = monday.plusDays(day);
            double season = WEEKDAY[day % 7];
            for (Map<String, String> leaf : leaves()) {
                double mean = ticketsPerDay * season * weight(leaf);
                if (!date.isBefore(injectedFrom)) {
                    for (Injection injection : injections) {
                        mean *= injection.covers(leaf) ? injection.factor() : 1.0;
                    }
                }
                rows.add(TicketDays.Row.of(date, leaf.get("market"), leaf.get("vendor"), leaf.get("site"), leaf.get("channel"),
                        leaf.get("category"), poisson(mean, random)));
            }
        }
        return rows;
    }

    /** Every combination of dimension values, as parameter name to value. */
    List<Map<String, String>> leaves() {
        List<Map<String, String>> leaves = new ArrayList<>();
        for (String market : markets.keySet()) {
            for (String vendor : vendors.keySet()) {
                for (String site : vendorSites.get(vendor).keySet()) {
                    for (String channel : channels.keySet()) {
                        for (String category : categories.keySet()) {
                            leaves.add(Map.of("market", market, "vendor", vendor, "site", site, "channel", channel, "category", category));
                        }
                    }
                }
            }
        }
        return leaves;
    }

    private double weight(Map<String, String> leaf) {
        return markets.get(leaf.get("market")) * vendors.get(leaf.get("vendor"))
                * vendorSites.get(leaf.get("vendor")).get(leaf.get("site"))
                * channels.get(leaf.get("channel")) * categories.get(leaf.get("category"));
    }

    static long poisson(double mean, Random random) {
        if (mean > 40) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }

    /**
     * Replaces the roll-up rows around {@code monday} with eight seasonal weeks of {@link #small()} (seed 7), the
     * injections applied from {@code from} on.
     */
    static void writeEightWeeks(JdbcTemplate jdbc, LocalDate monday, List<Injection> injections, LocalDate from) {
        TicketDays days = new TicketDays(jdbc);
        days.deleteBetween(monday.minusDays(60), monday.plusWeeks(9));
        small().rows(monday, 8, injections, from, new Random(7)).forEach(days::add);
        days.insert();
    }
}
