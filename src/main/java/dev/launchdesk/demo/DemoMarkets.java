package dev.launchdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.launchdesk.demo.DemoData.MarketSeed;
import dev.launchdesk.demo.DemoData.ParameterSeed;
import dev.launchdesk.reference.Region;

/** Fourteen markets across SEA, EU, NA and LATAM with their real timezones, currencies and languages. */
final class DemoMarkets {

    static final List<MarketSeed> ALL = List.of(
            new MarketSeed("ID", "Indonesia", Region.SEA, "Asia/Jakarta", "IDR", "id, en"),
            new MarketSeed("MY", "Malaysia", Region.SEA, "Asia/Kuala_Lumpur", "MYR", "ms, en, zh"),
            new MarketSeed("TH", "Thailand", Region.SEA, "Asia/Bangkok", "THB", "th, en"),
            new MarketSeed("VN", "Vietnam", Region.SEA, "Asia/Ho_Chi_Minh", "VND", "vi"),
            new MarketSeed("PH", "Philippines", Region.SEA, "Asia/Manila", "PHP", "fil, en"),
            new MarketSeed("SG", "Singapore", Region.SEA, "Asia/Singapore", "SGD", "en, zh, ms"),
            new MarketSeed("GB", "United Kingdom", Region.EU, "Europe/London", "GBP", "en"),
            new MarketSeed("ES", "Spain", Region.EU, "Europe/Madrid", "EUR", "es"),
            new MarketSeed("PL", "Poland", Region.EU, "Europe/Warsaw", "PLN", "pl"),
            new MarketSeed("US", "United States", Region.NA, "America/New_York", "USD", "en, es"),
            new MarketSeed("CA", "Canada", Region.NA, "America/Toronto", "CAD", "en, fr"),
            new MarketSeed("MX", "Mexico", Region.LATAM, "America/Mexico_City", "MXN", "es"),
            new MarketSeed("BR", "Brazil", Region.LATAM, "America/Sao_Paulo", "BRL", "pt"),
            new MarketSeed("CO", "Colombia", Region.LATAM, "America/Bogota", "COP", "es"));

    static final List<ParameterSeed> PARAMETERS = parameters();

    private DemoMarkets() {
    }

    private static List<ParameterSeed> parameters() {
        List<ParameterSeed> p = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        // refund window (days), first-response SLA (hours), resolution SLA (hours), appeal window (days), payout hold (days)
        Object[][] base = {
                {"ID", 7, 4, 48, 14, 3}, {"MY", 7, 4, 48, 14, 3}, {"TH", 7, 6, 72, 14, 5}, {"VN", 7, 6, 72, 10, 5},
                {"PH", 7, 6, 72, 14, 5}, {"SG", 14, 2, 24, 14, 2}, {"GB", 30, 2, 24, 30, 2}, {"ES", 30, 4, 48, 30, 3},
                {"PL", 30, 4, 48, 30, 3}, {"US", 30, 2, 24, 30, 2}, {"CA", 30, 2, 24, 30, 2}, {"MX", 15, 6, 72, 15, 5},
                {"BR", 7, 6, 72, 15, 5}, {"CO", 15, 6, 72, 15, 5}};
        for (Object[] row : base) {
            String m = (String) row[0];
            p.add(new ParameterSeed(m, "refund.window.days", row[1].toString(), start, "Marketplace returns policy v3"));
            p.add(new ParameterSeed(m, "sla.first_response.hours", row[2].toString(), start, "Support SLA 2025"));
            p.add(new ParameterSeed(m, "sla.resolution.hours", row[3].toString(), start, "Support SLA 2025"));
            p.add(new ParameterSeed(m, "seller.appeal.window.days", row[4].toString(), start, "Seller account health policy"));
            p.add(new ParameterSeed(m, "payout.hold.days", row[5].toString(), start, "Seller payouts policy"));
        }
        // History: Indonesia and Malaysia extended the refund window in 2026; Thailand and the Philippines
        // have a 12.12 campaign voucher cap scheduled; the UK tightens its first-response SLA next year.
        p.add(new ParameterSeed("ID", "refund.window.days", "15", LocalDate.of(2026, 1, 1), "Returns policy v4: longer window for ID"));
        p.add(new ParameterSeed("MY", "refund.window.days", "15", LocalDate.of(2026, 3, 1), "Returns policy v4"));
        for (String m : List.of("ID", "MY", "TH", "VN", "PH", "SG")) {
            p.add(new ParameterSeed(m, "campaign.voucher.max_discount.percent", "50", LocalDate.of(2026, 1, 1), "Standard voucher cap"));
            p.add(new ParameterSeed(m, "campaign.voucher.max_discount.percent", "70", LocalDate.of(2026, 12, 12), "12.12 mega sale"));
            p.add(new ParameterSeed(m, "campaign.voucher.max_discount.percent", "50", LocalDate.of(2026, 12, 13), "Back to standard after 12.12"));
        }
        p.add(new ParameterSeed("GB", "sla.first_response.hours", "1", LocalDate.of(2027, 1, 1), "Consumer duty review"));
        p.add(new ParameterSeed("ID", "cod.max_order.amount", "5000000", LocalDate.of(2025, 6, 1), "Cash-on-delivery limit (IDR)"));
        p.add(new ParameterSeed("VN", "cod.max_order.amount", "20000000", LocalDate.of(2025, 6, 1), "Cash-on-delivery limit (VND)"));
        return List.copyOf(p);
    }
}
