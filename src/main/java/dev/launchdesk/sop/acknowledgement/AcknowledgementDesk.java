package dev.launchdesk.sop.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopRuleViolation;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;

/**
 * Agents acknowledge every published version of the SOPs in force for them (their market, their vendor);
 * managers see who has not, per vendor and site.
 */
@Service
@NamedInterface("acknowledgement")
public class AcknowledgementDesk {

    /** One SOP in force for an agent, and when they acknowledged its current version (null: not yet). */
    public record AgentSop(SopDocument document, SopVersion version, Instant acknowledgedAt) {
    }

    /** How many of the agents a version applies to have acknowledged it, per vendor and site. */
    public record Progress(SopVersion version, int acknowledged, int total, Map<String, int[]> bySite, List<AgentRef> pending) {
    }

    private final SopLibrary library;
    private final SopAcknowledgements acknowledgements;
    private final AgentDirectory agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcknowledgementDesk(SopLibrary library, SopAcknowledgements acknowledgements, AgentDirectory agents, ApplicationEventPublisher events,
                        Clock clock) {
        this.library = library;
        this.acknowledgements = acknowledgements;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    public AgentRef agentOf(Actor actor) {
        return actor.agentId().flatMap(agents::agent).orElseThrow(() ->
                new SopRuleViolation(UserTexts.of("problem.sop.acknowledgement.not-an-agent")));
    }

    public List<AgentSop> sopsOf(AgentRef agent) {
        // an agent reads the SOPs of every market their site serves (Lumen's Manila team answers Malaysian sellers too)
        // a master in force in several of those markets (none has a variant) is one SOP to read, not one per market
        Map<UUID, SopLibrary.InForce> byVersion = new java.util.LinkedHashMap<>();
        agents.marketsServedBy(agent.siteId()).stream().flatMap(market -> library.inForceFor(market, agent.vendorId()).stream())
                .forEach(s -> byVersion.putIfAbsent(s.version().id(), s));
        List<SopLibrary.InForce> inForce = List.copyOf(byVersion.values());
        Map<UUID, Instant> acknowledged = acknowledgements.ofAgent(agent.id(), inForce.stream().map(s -> s.version().id()).toList());
        return inForce.stream().map(s -> new AgentSop(s.document(), s.version(), acknowledged.get(s.version().id())))
                .sorted(Comparator.comparing((AgentSop s) -> s.acknowledgedAt() != null).thenComparing(s -> s.document().key())).toList();
    }

    @Transactional
    public AgentSop acknowledge(UUID versionId, Actor actor) {
        AgentRef agent = agentOf(actor);
        AgentSop sop = sopsOf(agent).stream().filter(s -> s.version().id().equals(versionId)).findFirst()
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version-in-force.what"), versionId));
        if (sop.acknowledgedAt() != null) {
            return sop;
        }
        Instant now = clock.instant();
        acknowledgements.insertIfAbsent(versionId, agent.id(), now, actor.username());
        events.publishEvent(new EntityChanged("sop_acknowledgement", versionId + ":" + agent.id(), "acknowledged",
                agent.fullName() + " (" + agent.externalId() + ") acknowledged " + sop.document().key() + " (" + sop.document().scope()
                        + ") v" + sop.version().number(), null, null));
        return new AgentSop(sop.document(), sop.version(), now);
    }

    /**
     * Records an acknowledgement given outside LaunchDesk (e.g. in the vendor's learning system), on the agent's
     * behalf. The version must be the one in force for the agent.
     */
    @Transactional
    public boolean recordOnBehalf(UUID versionId, UUID agentId, String recordedBy) {
        AgentRef agent = agents.agent(agentId).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.agent.what"), agentId));
        SopVersion version = library.findVersion(versionId)
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version.what"), versionId));
        SopDocument document = library.document(version.documentId(), VendorScope.all());
        boolean applies = version.status() == SopStatus.PUBLISHED && document.marketCode() != null
                && document.marketCode().equals(agent.marketCode()) && (document.vendorId() == null || document.vendorId().equals(agent.vendorId()));
        if (!applies) {
            throw new SopRuleViolation(UserTexts.of("problem.sop.acknowledgement.not-in-force-for", document.key(), document.scope(),
                    String.valueOf(version.number()), agent.externalId()));
        }
        boolean recorded = acknowledgements.insertIfAbsent(versionId, agentId, clock.instant(), recordedBy);
        if (recorded) {
            events.publishEvent(new EntityChanged("sop_acknowledgement", versionId + ":" + agentId, "recorded",
                    "Acknowledgement of " + document.key() + " (" + document.scope() + ") v" + version.number() + " by " + agent.externalId()
                            + " recorded by " + recordedBy, null, null));
        }
        return recorded;
    }

    /** Acknowledgement of the version in force of a regional variant by the agents it applies to. */
    public Progress progress(SopDocument variant, VendorScope scope) {
        if (variant.isMaster()) {
            throw dev.launchdesk.shared.InvalidInputException.of("id", UserTexts.of("problem.sop.acknowledgement.of-master", variant.key()));
        }
        SopVersion version = library.published(variant.id()).orElseThrow(() ->
                new SopRuleViolation(UserTexts.of("problem.sop.acknowledgement.nothing-published", variant.key(), variant.scope())));
        Set<UUID> vendorsWithOwnVariant = library.variantsOf(variant.masterId(), VendorScope.all()).stream()
                .filter(v -> v.marketCode().equals(variant.marketCode()) && v.vendorId() != null)
                .filter(v -> library.published(v.id()).isPresent()).map(SopDocument::vendorId).collect(Collectors.toSet());
        List<AgentRef> applicable = agents.activeAgentsIn(variant.marketCode()).stream()
                .filter(a -> variant.vendorId() != null ? variant.vendorId().equals(a.vendorId()) : !vendorsWithOwnVariant.contains(a.vendorId()))
                .filter(a -> scope.permits(a.vendorId()))
                .toList();
        Map<UUID, Instant> acknowledged = acknowledgements.ofVersion(version.id());
        Map<String, int[]> bySite = new TreeMap<>();
        for (AgentRef agent : applicable) {
            int[] counts = bySite.computeIfAbsent(agent.vendorName() + " · " + agent.siteName(), k -> new int[2]);
            counts[1]++;
            if (acknowledged.containsKey(agent.id())) {
                counts[0]++;
            }
        }
        List<AgentRef> pending = applicable.stream().filter(a -> !acknowledged.containsKey(a.id()))
                .sorted(Comparator.comparing(AgentRef::vendorName).thenComparing(AgentRef::siteName).thenComparing(AgentRef::fullName)).toList();
        return new Progress(version, applicable.size() - pending.size(), applicable.size(), bySite, pending);
    }
}
