package dev.launchdesk.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.shared.Echoed;

/** BPO vendors and their sites. Every read takes the caller's vendor scope. */
@Service
public class VendorNetwork implements VendorDirectory {

    private final Vendors vendors;
    private final Sites sites;
    private final Agents agents;
    private final Markets markets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VendorNetwork(Vendors vendors, Sites sites, Agents agents, Markets markets, ApplicationEventPublisher events, Clock clock) {
        this.vendors = vendors;
        this.sites = sites;
        this.agents = agents;
        this.markets = markets;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Vendor> vendors(VendorScope scope) {
        return vendors.all(scope);
    }

    public Vendor vendor(UUID id, VendorScope scope) {
        return vendors.find(id, scope).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.reference.vendor.what"), id));
    }

    @Override
    public List<Site> sites(VendorScope scope) {
        return sites.all(scope);
    }

    public List<Site> sitesOf(UUID vendorId, VendorScope scope) {
        return sites.ofVendor(vendor(vendorId, scope).id());
    }

    /** The sites in the market and the sites elsewhere that serve it (Manila serves Malaysia). */
    public List<Site> sitesIn(String marketCode, VendorScope scope) {
        return sites.serving(marketCode.toUpperCase(), scope);
    }

    public Site site(UUID id, VendorScope scope) {
        return sites.find(id, scope).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.reference.site.what"), id));
    }

    public Map<UUID, Long> agentCountBySite(VendorScope scope) {
        return agents.countBySite(scope);
    }

    @Transactional
    public Vendor createVendor(VendorForm form) {
        form.check();
        if (vendors.codeOrNameTaken(form.code().trim(), form.name().trim(), null)) {
            throw InvalidInputException.of("code", UserTexts.of("problem.reference.vendor.exists"));
        }
        Instant now = clock.instant();
        Vendor vendor = new Vendor(UUID.randomUUID(), form.code().trim().toUpperCase(), form.name().trim(), blankToNull(form.contactEmail()),
                form.active() == null || form.active(), 0, now, now);
        vendors.insert(vendor);
        events.publishEvent(EntityChanged.created("vendor", vendor.id(), "Vendor " + vendor.name() + " created", vendor));
        return vendor;
    }

    @Transactional
    public Vendor updateVendor(UUID id, VendorForm form) {
        Vendor before = vendor(id, VendorScope.all());
        form.checkUpdate();
        if (vendors.codeOrNameTaken(form.code().trim(), form.name().trim(), id)) {
            throw InvalidInputException.of("code", UserTexts.of("problem.reference.vendor.exists-other"));
        }
        int version = form.version();
        vendors.update(new Vendor(id, form.code().trim().toUpperCase(), form.name().trim(), blankToNull(form.contactEmail()),
                form.active() == null || form.active(), version, before.createdAt(), clock.instant()));
        Vendor after = vendor(id, VendorScope.all());
        events.publishEvent(EntityChanged.updated("vendor", id, "Vendor " + after.name() + " updated", before, after));
        return after;
    }

    @Transactional
    public Site createSite(UUID vendorId, SiteForm form) {
        Vendor vendor = vendor(vendorId, VendorScope.all());
        checkSite(vendor.id(), form, null);
        Instant now = clock.instant();
        Site site = new Site(UUID.randomUUID(), vendor.id(), form.code().trim().toUpperCase(), form.name().trim(),
                form.marketCode().trim().toUpperCase(), blankToNull(form.city()), LanguageTags.parse(form.languages()),
                form.servedMarketCodes(), 0, now, now);
        sites.insert(site);
        events.publishEvent(EntityChanged.created("site", site.id(), "Site " + site.name() + " of " + vendor.name() + " created", site));
        return site;
    }

    @Transactional
    public Site updateSite(UUID siteId, SiteForm form) {
        Site before = site(siteId, VendorScope.all());
        checkSite(before.vendorId(), form, siteId);
        int version = form.version();
        sites.update(new Site(siteId, before.vendorId(), form.code().trim().toUpperCase(), form.name().trim(),
                form.marketCode().trim().toUpperCase(), blankToNull(form.city()), LanguageTags.parse(form.languages()),
                form.servedMarketCodes(), version, before.createdAt(), clock.instant()));
        Site after = site(siteId, VendorScope.all());
        events.publishEvent(EntityChanged.updated("site", siteId, "Site " + after.name() + " updated", before, after));
        return after;
    }

    private void checkSite(UUID vendorId, SiteForm form, UUID except) {
        if (except == null) {
            form.check();
        } else {
            form.checkUpdate();
        }
        if (!markets.exists(form.marketCode().trim().toUpperCase())) {
            throw InvalidInputException.of("marketCode",
                    UserTexts.of("problem.reference.site.market-unknown", Echoed.cut(form.marketCode())));
        }
        form.servedMarketCodes().stream().filter(m -> !markets.exists(m)).findFirst().ifPresent(m -> {
            throw InvalidInputException.of("servesMarkets", UserTexts.of("problem.reference.site.market-unknown", Echoed.cut(m)));
        });
        if (sites.codeTaken(vendorId, form.code().trim(), except)) {
            throw InvalidInputException.of("code", UserTexts.of("problem.reference.site.code-taken", form.code().trim()));
        }
    }

    @Override
    public List<VendorName> vendorNames() {
        return vendors.all(VendorScope.all()).stream().map(v -> new VendorName(v.id(), v.code(), v.name())).toList();
    }

    @Override
    public Optional<VendorName> vendorName(UUID id) {
        return vendors.find(id, VendorScope.all()).map(v -> new VendorName(v.id(), v.code(), v.name()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
