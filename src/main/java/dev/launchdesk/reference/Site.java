package dev.launchdesk.reference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vendor's delivery centre in a market, with the languages its agents serve and the markets it serves besides its own
 * (Lumen's Manila site, in PH, serves MY, GB and US).
 */
public record Site(UUID id, UUID vendorId, String code, String name, String marketCode, String city,
                   List<String> languages, List<String> servesMarkets, int version, Instant createdAt, Instant updatedAt) {

    public Site {
        servesMarkets = servesMarkets == null ? List.of() : List.copyOf(servesMarkets);
    }

    /** Every market the site serves: its own first, then the others. */
    public List<String> markets() {
        List<String> all = new java.util.ArrayList<>(List.of(marketCode));
        servesMarkets.stream().filter(m -> !m.equals(marketCode)).forEach(all::add);
        return all;
    }

    Site withServesMarkets(List<String> markets) {
        return new Site(id, vendorId, code, name, marketCode, city, languages, markets, version, createdAt, updatedAt);
    }
}
