package dev.launchdesk.training.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import dev.launchdesk.reference.MarketDirectory;

/**
 * The training calendar of a market: which day it is there. Due dates, certification dates, expiry, "expiring" and
 * "overdue" are the dates of the market a module belongs to, in that market's own timezone (Jakarta's 5 December
 * starts at 17:00 UTC on the 4th, New York's at 05:00 UTC on the 5th), not UTC's.
 */
@Component
@org.springframework.modulith.NamedInterface("catalog")
public class MarketDays {

    private final MarketDirectory markets;
    private final Clock clock;

    MarketDays(MarketDirectory markets, Clock clock) {
        this.markets = markets;
        this.clock = clock;
    }

    /** Today in the market (by its code). */
    public LocalDate today(String marketCode) {
        return LocalDate.now(clock.withZone(zone(marketCode)));
    }

    /** Today in the module's market. */
    public LocalDate today(TrainingModule module) {
        return today(module.marketCode());
    }

    public ZoneId zone(String marketCode) {
        return markets.market(marketCode).zone();
    }
}
