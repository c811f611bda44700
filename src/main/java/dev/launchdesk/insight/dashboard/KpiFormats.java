package dev.launchdesk.insight.dashboard;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;

/**
 * KPI values for people, in templates: {@code ${@kpiFmt.value(kpi, value)}} gives "12.4 min", "93.1 %", "1,204";
 * undefined values are "–".
 */
@Component("kpiFmt")
public class KpiFormats {

    public String value(Kpi kpi, Double value) {
        if (value == null) {
            return "–";
        }
        return switch (kpi.unit()) {
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case PER_THOUSAND -> String.format(Locale.ROOT, "%.2f ‰", value);
            case MINUTES -> String.format(Locale.ROOT, "%.1f min", value);
            case HOURS -> String.format(Locale.ROOT, "%.1f h", value);
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", value);
        };
    }

    /** A change with its sign, in the KPI's unit (percentage points for shares). */
    public String change(Kpi kpi, Double change) {
        if (change == null) {
            return "–";
        }
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        String amount = value(kpi, Math.abs(change));
        return sign + (kpi.unit() == Kpi.Unit.PERCENT ? amount.replace(" %", " pp") : amount);
    }

    public String relative(Double relative) {
        if (relative == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%+.1f %%", relative * 100).replace('-', '−');
    }

    /** A duration in seconds as "4m 05s", "2h 10m" or "3d 4h"; "–" when absent. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long s = Math.abs(seconds);
        String sign = seconds < 0 ? "−" : "";
        if (s < 3600) {
            return String.format(Locale.ROOT, "%s%dm %02ds", sign, s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%s%dh %02dm", sign, s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%s%dd %dh", sign, s / 86_400, s % 86_400 / 3600);
    }

    /** "Market" for "market", ... (the name itself when unknown). */
    public String dimensionLabel(String name) {
        return TicketDimension.fromParameter(name).map(TicketDimension::label).orElse(name);
    }

    public Kpi kpi(String name) {
        return Kpi.fromParameter(name).orElseThrow();
    }
}
