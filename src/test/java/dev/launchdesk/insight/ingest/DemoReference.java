package dev.launchdesk.insight.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.PolicyParameter;
import dev.launchdesk.reference.Region;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.Vendor;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * The reference data of the benchmark ticket files without a database: the demo markets (ID, MY, TH, GB, US) with their
 * time zones, the vendors NCS, LUMEN, ATLAS and BRIGHT with their sites, and SLA hours that change on 15 October 2025.
 */
final class DemoReference {

    private DemoReference() {
    }

    static TicketReference tickets() {
        return new TicketReference(new Markets(), new Vendors());
    }

    private static final class Markets implements MarketDirectory {

        private final List<Market> markets = List.of(market("ID", "Asia/Jakarta"), market("MY", "Asia/Kuala_Lumpur"),
                market("TH", "Asia/Bangkok"), market("GB", "Europe/London"), market("US", "America/New_York"));

        private static Market market(String code, String zone) {
            return new Market(code, code, Region.SEA, zone, "USD", List.of("en"), 1, Instant.EPOCH, Instant.EPOCH);
        }

        @Override
        public List<Market> markets() {
            return markets;
        }

        @Override
        public Market market(String code) {
            return markets.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
        }

        @Override
        public List<PolicyParameter> history(String marketCode) {
            List<PolicyParameter> history = new ArrayList<>();
            history.add(parameter(marketCode, TicketReference.FIRST_RESPONSE_SLA, "4", LocalDate.of(2025, 1, 1)));
            history.add(parameter(marketCode, TicketReference.FIRST_RESPONSE_SLA, "2", LocalDate.of(2025, 10, 15)));
            history.add(parameter(marketCode, TicketReference.RESOLUTION_SLA, "48", LocalDate.of(2025, 1, 1)));
            history.add(parameter(marketCode, TicketReference.RESOLUTION_SLA, "24", LocalDate.of(2025, 10, 15)));
            return history;
        }

        private static PolicyParameter parameter(String market, String key, String value, LocalDate from) {
            return new PolicyParameter(UUID.randomUUID(), market, key, value, from, null, "bench", Instant.EPOCH);
        }

        @Override
        public Optional<String> valueInForce(String marketCode, String key, LocalDate date) {
            throw new UnsupportedOperationException("not read by an import");
        }

        @Override
        public Map<String, String> valuesInForce(String marketCode, LocalDate date) {
            throw new UnsupportedOperationException("not read by an import");
        }

        @Override
        public Set<String> knownKeys() {
            throw new UnsupportedOperationException("not read by an import");
        }
    }

    private static final class Vendors implements VendorDirectory {

        private final List<Vendor> vendors = new ArrayList<>();
        private final List<Site> sites = new ArrayList<>();

        Vendors() {
            vendor("NCS", "JKT-1", "SBY-1", "KUL-1");
            vendor("LUMEN", "BKK-1", "MNL-1");
            vendor("ATLAS", "BFS-1");
            vendor("BRIGHT", "TPA-1");
        }

        private void vendor(String code, String... siteCodes) {
            Vendor vendor = new Vendor(UUID.randomUUID(), code, code, null, true, 1, Instant.EPOCH, Instant.EPOCH);
            vendors.add(vendor);
            for (String site : siteCodes) {
                sites.add(new Site(UUID.randomUUID(), vendor.id(), site, site + " centre", "ID", "city", List.of("en"), List.of(),
                        1, Instant.EPOCH, Instant.EPOCH));
            }
        }

        @Override
        public List<VendorName> vendorNames() {
            throw new UnsupportedOperationException("not read by an import");
        }

        @Override
        public Optional<VendorName> vendorName(UUID id) {
            throw new UnsupportedOperationException("not read by an import");
        }

        @Override
        public List<Vendor> vendors(VendorScope scope) {
            return vendors;
        }

        @Override
        public List<Site> sites(VendorScope scope) {
            return sites;
        }
    }
}
