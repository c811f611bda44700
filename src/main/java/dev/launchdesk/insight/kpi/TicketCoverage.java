package dev.launchdesk.insight.kpi;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;

/**
 * Reads the {@link Coverage} of the imported tickets: the newest ticket's creation time (looked up among the tickets of
 * the newest days only, which the index on the creation day finds at once) and the markets' time zones.
 */
@Repository
public class TicketCoverage {

    /** Markets with tickets in this many days before the newest day make up "all markets". */
    static final int ACTIVE_MARKET_DAYS = 35;

    private final JdbcClient jdbc;
    private final MarketDirectory catalog;

    TicketCoverage(JdbcClient jdbc, MarketDirectory catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public Coverage coverage() {
        Map<String, ZoneId> zones = new HashMap<>();
        for (Market market : catalog.markets()) {
            zones.put(market.code(), market.zone());
        }
        Optional<LocalDate> newestDay = jdbc.sql("select max(created_day) from ticket_vendor_day").query(LocalDate.class).optional();
        if (newestDay.isEmpty()) {
            return new Coverage(Optional.empty(), zones, Set.of());
        }
        // a ticket's day is its market's local date, at most a day and a half off its UTC date: the newest ticket is
        // among the tickets of the two newest days; ticket_vendor_day keeps each day, market and vendor's newest (V16_2)
        Optional<Instant> newest = jdbc.sql("select max(newest_created_at) from ticket_vendor_day where created_day >= :from")
                .param("from", newestDay.get().minusDays(2))
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
        Set<String> markets = new HashSet<>();
        jdbc.sql("select distinct market_code from ticket_vendor_day where created_day >= :from")
                .param("from", newestDay.get().minusDays(ACTIVE_MARKET_DAYS))
                .query((ResultSet rs) -> {
                    markets.add(rs.getString(1));
                });
        return new Coverage(newest, zones, markets);
    }
}
