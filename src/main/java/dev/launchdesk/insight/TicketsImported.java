package dev.launchdesk.insight;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published (after commit) when an import has written tickets: which markets and which ticket days changed, so
 * the anomaly detection can look at them at once.
 */
public record TicketsImported(long importId, Set<String> markets, LocalDate firstDay, LocalDate lastDay, long rows) {

    public TicketsImported {
        markets = Set.copyOf(markets);
    }
}
