package dev.launchdesk.training.readiness;

import java.util.List;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.Market;
import dev.launchdesk.training.CertifiedAgents;
import dev.launchdesk.training.catalog.ModuleCatalog;

/**
 * {@link CertifiedAgents} from the readiness standings: the active agents serving the market, certified on the day in
 * every module of the market (of the SOP, when named) required of them, as the history stands at the end of that day in
 * the market's timezone. The roster is today's (the query is meant for today and the coming weeks); for a day ahead, the
 * certifications and open retrainings are today's with the day's expiry.
 */
@Service
class CertifiedAgentsQuery implements CertifiedAgents {

    private final Readiness readiness;
    private final ModuleCatalog catalog;

    CertifiedAgentsQuery(Readiness readiness, ModuleCatalog catalog) {
        this.readiness = readiness;
        this.catalog = catalog;
    }

    @Override
    public List<CertifiedAgent> certified(Criteria c) {
        Market market = readiness.market(c.marketCode());
        return readiness.standings(market, catalog.modules(market.code(), c.sopKey()), c.on(), a -> matches(a, c)).stream()
                .filter(AgentStanding::certified)
                .map(s -> new CertifiedAgent(s.agent().id(), s.agent().externalId(), s.agent().vendorId(), s.agent().siteId(),
                        s.agent().languages(), s.agent().skills()))
                .toList();
    }

    private static boolean matches(AgentRef a, Criteria c) {
        return (c.vendorId() == null || c.vendorId().equals(a.vendorId()))
                && (c.siteId() == null || c.siteId().equals(a.siteId()))
                && (c.language() == null || a.languages().stream().anyMatch(c.language()::equalsIgnoreCase))
                && (c.skill() == null || a.skills().stream().anyMatch(c.skill()::equalsIgnoreCase));
    }
}
