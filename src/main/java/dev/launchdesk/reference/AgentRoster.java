package dev.launchdesk.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

/** The agents of the BPO vendors. A vendor-scoped caller reads and writes only their own vendor's agents. */
@Service
public class AgentRoster implements AgentDirectory {

    private final Agents agents;
    private final Sites sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentRoster(Agents agents, Sites sites, ApplicationEventPublisher events, Clock clock) {
        this.agents = agents;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    public PageOf<AgentListing> find(AgentFilter filter, VendorScope scope, int page, int size) {
        return agents.find(filter, scope, page, size);
    }

    public AgentListing listing(UUID id, VendorScope scope) {
        return agents.listing(id, scope).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.reference.agent.what"), id));
    }

    public Agent agent(UUID id, VendorScope scope) {
        return agents.find(id, scope).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.reference.agent.what"), id));
    }

    @Override
    public long activeAgents(VendorScope scope) {
        return agents.count(scope, AgentStatus.ACTIVE);
    }

    @Transactional
    public Agent create(AgentForm form, VendorScope scope) {
        form.check();
        Site site = siteFor(form, scope);
        String externalId = form.externalId().trim();
        if (agents.findByExternalId(site.vendorId(), externalId).isPresent()) {
            throw InvalidInputException.of("externalId", UserTexts.of("problem.reference.agent.external-id-taken", externalId));
        }
        Instant now = clock.instant();
        Agent agent = new Agent(UUID.randomUUID(), externalId, site.vendorId(), site.id(), form.fullName().trim(),
                VendorNetwork.blankToNull(form.email()), LanguageTags.parse(form.languages()), skills(form.skills()), form.status(),
                form.hiredOn(), 0, now, now);
        agents.insert(agent);
        events.publishEvent(EntityChanged.created("agent", agent.id(), "Agent " + agent.fullName() + " (" + externalId + ") created", agent));
        events.publishEvent(new RosterChanged(List.of(agent.id())));
        return agent;
    }

    @Transactional
    public Agent update(UUID id, AgentForm form, VendorScope scope) {
        Agent before = agent(id, scope);
        form.checkUpdate();
        Site site = siteFor(form, scope);
        if (!site.vendorId().equals(before.vendorId())) {
            throw InvalidInputException.of("siteId", UserTexts.of("problem.reference.agent.site-of-other-vendor"));
        }
        String externalId = form.externalId().trim();
        agents.findByExternalId(before.vendorId(), externalId).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw InvalidInputException.of("externalId", UserTexts.of("problem.reference.agent.external-id-taken-by-other", externalId));
        });
        int version = form.version();
        agents.update(new Agent(id, externalId, before.vendorId(), site.id(), form.fullName().trim(), VendorNetwork.blankToNull(form.email()),
                LanguageTags.parse(form.languages()), skills(form.skills()), form.status(), form.hiredOn(), version,
                before.createdAt(), clock.instant()));
        Agent after = agent(id, scope);
        events.publishEvent(EntityChanged.updated("agent", id, "Agent " + after.fullName() + " (" + externalId + ") updated", before, after));
        events.publishEvent(new RosterChanged(List.of(id)));
        return after;
    }

    @Override
    public java.util.Optional<AgentRef> agent(UUID agentId) {
        return agents.listing(agentId, VendorScope.all()).map(AgentRoster::ref);
    }

    @Override
    public java.util.Optional<AgentRef> agentByExternalId(UUID vendorId, String externalId) {
        return agents.findByExternalId(vendorId, externalId).flatMap(a -> agent(a.id()));
    }

    @Override
    public List<AgentRef> activeAgentsIn(String marketCode) {
        return sites.serving(marketCode, VendorScope.all()).stream()
                .flatMap(site -> agents.find(new AgentFilter(null, site.id(), null, AgentStatus.ACTIVE, null, null), VendorScope.all(), 0, 100_000)
                        .items().stream())
                .map(AgentRoster::ref).toList();
    }

    @Override
    public List<String> marketsServedBy(UUID siteId) {
        return sites.find(siteId, VendorScope.all()).map(Site::markets).orElse(List.of());
    }

    private static AgentRef ref(AgentListing a) {
        return new AgentRef(a.id(), a.externalId(), a.fullName(), a.vendorId(), a.vendorName(), a.siteId(), a.siteName(), a.marketCode(),
                a.languages(), a.status(), a.skills());
    }

    private Site siteFor(AgentForm form, VendorScope scope) {
        return sites.find(form.siteId(), scope)
                .orElseThrow(() -> InvalidInputException.of("siteId",
                        UserTexts.of("problem.reference.agent.site-unknown", String.valueOf(form.siteId()))));
    }

    /** Skills as lower-case tokens, e.g. "Refunds, Live chat" becomes [refunds, live-chat]. */
    static List<String> skills(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase().replaceAll("\\s+", "-")).distinct().toList();
    }
}
