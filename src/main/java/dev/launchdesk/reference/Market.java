package dev.launchdesk.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A country the marketplace sells in, with the facts support needs to serve it. */
public record Market(String code, String name, Region region, String timezone, String currency,
                     List<String> languages, int version, Instant createdAt, Instant updatedAt) {

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** Today's date in the market's own timezone. */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }
}
