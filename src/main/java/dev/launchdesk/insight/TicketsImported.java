package dev.launchdesk.insight;

import java.time.LocalDate;
import java.util.Set;

import dev.launchdesk.reference.MarketCode;

/**
 * Published in an import's transaction when it has written tickets: which markets and which ticket days changed, so
 * the anomaly detection can look at them once the import has committed. Kept in the event publication registry
 * (serialized as JSON) until every listener has finished with it.
 */
public record TicketsImported(long importId, Set<MarketCode> markets, LocalDate firstDay, LocalDate lastDay, long rows) {

    public TicketsImported {
        markets = Set.copyOf(markets);
    }

    /** The markets' codes as strings, for queries that take them so. */
    public Set<String> marketCodes() {
        return markets.stream().map(MarketCode::value).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
