package dev.launchdesk.sop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.handbook.Handbook;
import dev.launchdesk.sop.handbook.HandbookRenderer;
import dev.launchdesk.sop.handbook.HandbookSop;
import dev.launchdesk.sop.markdown.SopMarkdown;

/**
 * A market's (or one vendor's) handbook: for every master SOP the version in force there — the vendor's
 * variant, else the market's variant, else the master — with the market's policy values filled in.
 */
@Service
public class SopHandbooks {

    private final SopLibrary library;
    private final MarketCatalog markets;
    private final PolicyLookup policies;
    private final VendorDirectory vendors;
    private final HandbookRenderer renderer = new HandbookRenderer();
    private final Clock clock;

    SopHandbooks(SopLibrary library, MarketCatalog markets, PolicyLookup policies, VendorDirectory vendors, Clock clock) {
        this.library = library;
        this.markets = markets;
        this.policies = policies;
        this.vendors = vendors;
        this.clock = clock;
    }

    public Handbook handbook(String marketCode, UUID vendorId, VendorScope scope) {
        Market market = markets.market(marketCode);
        if (scope.isRestricted() && (vendorId == null || !scope.permits(vendorId))) {
            vendorId = scope.vendorIdOrNull();
        }
        String vendorName = vendorId == null ? null : vendors.vendorName(vendorId)
                .orElseThrow(() -> InvalidInputException.of("vendorId", "no such vendor")).name();
        LocalDate today = market.today(clock);
        Map<String, String> values = policies.valuesInForce(market.code(), today);
        List<HandbookSop> sops = new ArrayList<>();
        List<SopLibrary.InForce> inForce = library.inForceFor(market.code(), vendorId);
        for (SopLibrary.InForce sop : inForce) {
            SopVersion v = sop.version();
            sops.add(new HandbookSop(sop.document().key(), v.title(), sop.document().category(), v.number(), v.effectiveDate(),
                    v.reviewBy(), SopMarkdown.resolve(v.body(), values).markdown()));
        }
        sops.sort(Comparator.comparing(HandbookSop::sopKey));
        String title = "Seller support handbook — " + market.name() + (vendorName == null ? "" : " — " + vendorName);
        // the handbook carries the SOP texts as written; translations are read on the SOP pages
        String language = inForce.stream().map(s -> s.document().language()).findFirst().orElse("en");
        return new Handbook(title, market.name(), market.code(), vendorName, language, today, sops);
    }

    public String html(Handbook handbook) {
        return renderer.toHtml(handbook);
    }

    public byte[] pdf(Handbook handbook) {
        return renderer.toPdf(handbook);
    }
}
