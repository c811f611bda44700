package dev.launchdesk.demo;

import java.util.List;

import dev.launchdesk.reference.SiteForm;

/** Four BPO vendors with delivery sites in several markets, and how many agents each site has. */
final class DemoVendors {

    record VendorSeed(String code, String name, String email, List<SiteForm> sites) {
    }

    record Headcount(String vendor, String site, int agents) {
    }

    static final List<VendorSeed> ALL = List.of(
            new VendorSeed("NCS", "Nusantara Contact Solutions", "gtm-desk@ncs.example", List.of(
                    site("JKT-1", "Jakarta Sudirman", "ID", "Jakarta", "id, en"),
                    site("SBY-1", "Surabaya", "ID", "Surabaya", "id"),
                    site("KUL-1", "Kuala Lumpur Bangsar", "MY", "Kuala Lumpur", "ms, en, zh"))),
            new VendorSeed("LUMEN", "Lumen BPO", "ops@lumenbpo.example", List.of(
                    site("MNL-1", "Manila Ortigas", "PH", "Manila", "fil, en", "MY, GB, US"),
                    site("BKK-1", "Bangkok Sathorn", "TH", "Bangkok", "th, en"),
                    site("SGN-1", "Ho Chi Minh City", "VN", "Ho Chi Minh City", "vi"))),
            new VendorSeed("ATLAS", "Atlas CX", "delivery@atlascx.example", List.of(
                    site("BFS-1", "Belfast", "GB", "Belfast", "en"),
                    site("MAD-1", "Madrid", "ES", "Madrid", "es"),
                    site("KRK-1", "Kraków", "PL", "Kraków", "pl, en"))),
            new VendorSeed("BRIGHT", "BrightPath Support", "accounts@brightpath.example", List.of(
                    site("TPA-1", "Tampa", "US", "Tampa", "en, es"),
                    site("MEX-1", "Mexico City", "MX", "Ciudad de México", "es"),
                    site("SAO-1", "São Paulo", "BR", "São Paulo", "pt"),
                    site("BOG-1", "Bogotá", "CO", "Bogotá", "es"))));

    static final List<Headcount> HEADCOUNT = List.of(
            new Headcount("NCS", "JKT-1", 70), new Headcount("NCS", "SBY-1", 40), new Headcount("NCS", "KUL-1", 45),
            new Headcount("LUMEN", "MNL-1", 60), new Headcount("LUMEN", "BKK-1", 50), new Headcount("LUMEN", "SGN-1", 45),
            new Headcount("ATLAS", "BFS-1", 35), new Headcount("ATLAS", "MAD-1", 30), new Headcount("ATLAS", "KRK-1", 25),
            new Headcount("BRIGHT", "TPA-1", 35), new Headcount("BRIGHT", "MEX-1", 35), new Headcount("BRIGHT", "SAO-1", 30),
            new Headcount("BRIGHT", "BOG-1", 25));

    private DemoVendors() {
    }

    private static SiteForm site(String code, String name, String market, String city, String languages) {
        return site(code, name, market, city, languages, "");
    }

    /** A site that serves other markets besides its own (Manila answers Malaysian, British and American sellers). */
    private static SiteForm site(String code, String name, String market, String city, String languages, String servesMarkets) {
        return new SiteForm(code, name, market, city, languages, servesMarkets, null);
    }
}
