package dev.launchdesk.insight.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.PolicyParameter;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.Vendor;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * The reference data a ticket row is checked against, read once per import: market codes and time zones, vendor
 * codes and their sites, and the SLA hours in force per market and day (cached, policy values change rarely).
 */
final class TicketReference {

    static final String FIRST_RESPONSE_SLA = "sla.first_response.hours";
    static final String RESOLUTION_SLA = "sla.resolution.hours";

    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, String> vendors = new HashMap<>();
    private final Map<String, String> sites = new HashMap<>();
    private final Map<String, String> marketCodes = new HashMap<>();
    private final Map<String, Map<String, String>> sitesByVendor = new HashMap<>();
    private final Map<String, String> marketsByName = new HashMap<>();
    private final Map<String, String> siteOfGroup = new HashMap<>();
    private final Map<String, Map<String, TreeMap<LocalDate, OptionalDouble>>> slaHours = new HashMap<>();

    TicketReference(MarketDirectory markets, VendorDirectory network) {
        markets.markets().forEach(m -> {
            zones.put(m.code(), m.zone());
            marketCodes.put(m.code(), m.code());
            marketsByName.put(upper(m.name()), m.code());
            for (PolicyParameter p : markets.history(m.code())) {
                if (p.key().equals(FIRST_RESPONSE_SLA) || p.key().equals(RESOLUTION_SLA)) {
                    slaHours.computeIfAbsent(m.code(), k -> new HashMap<>()).computeIfAbsent(p.key(), k -> new TreeMap<>())
                            .put(p.effectiveFrom(), hours(p.value()));
                }
            }
        });
        Map<java.util.UUID, String> codes = new HashMap<>();
        for (Vendor vendor : network.vendors(VendorScope.all())) {
            vendors.put(upper(vendor.code()), vendor.code());
            vendors.put(vendor.code(), vendor.code());
            codes.put(vendor.id(), vendor.code());
        }
        for (Site site : network.sites(VendorScope.all())) {
            sites.put(upper(codes.get(site.vendorId())) + "/" + upper(site.code()), site.code());
            sitesByVendor.computeIfAbsent(codes.get(site.vendorId()), v -> new HashMap<>()).put(site.code(), site.code());
            String vendorAndSite = codes.get(site.vendorId()) + "/" + site.code();
            for (String name : List.of(site.code(), site.name(), codes.get(site.vendorId()) + " " + site.code(),
                    codes.get(site.vendorId()) + "/" + site.code())) {
                // a name two sites share names neither
                siteOfGroup.merge(upper(name), vendorAndSite, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    // Each lookup tries the code as written first (exports mostly use LaunchDesk's own spelling, and the canonical
    // string it answers has its hash cached for the roll-up sums), then case-insensitively.

    Optional<ZoneId> zone(String market) {
        ZoneId zone = zones.get(market);
        return Optional.ofNullable(zone != null ? zone : zones.get(upper(market)));
    }

    /** The market's own code (canonical instance) when known by its code or its name, else the upper-cased text. */
    String marketCode(String market) {
        String code = marketCodes.get(market);
        if (code != null) {
            return code;
        }
        code = marketCodes.get(upper(market));
        return code != null ? code : marketsByName.getOrDefault(upper(market), upper(market));
    }

    /**
     * The vendor and site ("NCS/JKT-1") a helpdesk group names: a site's code or name, or vendor and site code
     * ("NCS JKT-1", "NCS/JKT-1"), case-insensitive; empty when no site or more than one has that name.
     */
    Optional<String> siteOfGroup(String group) {
        String site = siteOfGroup.get(upper(group));
        return site == null || site.isEmpty() ? Optional.empty() : Optional.of(site);
    }

    Optional<String> vendorCode(String vendor) {
        String code = vendors.get(vendor);
        return Optional.ofNullable(code != null ? code : vendors.get(upper(vendor)));
    }

    Optional<String> siteCode(String vendorCode, String site) {
        String code = sitesByVendor.getOrDefault(vendorCode, Map.of()).get(site);
        return Optional.ofNullable(code != null ? code : sites.get(upper(vendorCode) + "/" + upper(site)));
    }


    /**
     * The SLA hours of a market on a day, if the market has that parameter in force. The whole history is read up
     * front: no query may run while the rows stream into the staging table on the same connection.
     */
    OptionalDouble slaHours(String market, String key, LocalDate day) {
        TreeMap<LocalDate, OptionalDouble> history = slaHours.getOrDefault(market, Map.of()).get(key);
        Map.Entry<LocalDate, OptionalDouble> inForce = history == null ? null : history.floorEntry(day);
        return inForce == null ? OptionalDouble.empty() : inForce.getValue();
    }

    private static OptionalDouble hours(String value) {
        try {
            return OptionalDouble.of(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
