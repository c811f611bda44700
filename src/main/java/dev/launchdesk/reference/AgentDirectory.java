package dev.launchdesk.reference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.launchdesk.shared.VendorScope;

/** Query interface for other modules: agents of the roster by id, external id and market. */
public interface AgentDirectory {

    /** An agent with where they work, as other modules need it. */
    record AgentRef(UUID id, String externalId, String fullName, UUID vendorId, String vendorName, UUID siteId, String siteName,
                    String marketCode, List<String> languages, AgentStatus status, List<String> skills) {
    }

    Optional<AgentRef> agent(UUID agentId);

    Optional<AgentRef> agentByExternalId(UUID vendorId, String externalId);

    /** Active agents of every site that serves the market (the sites in it and those elsewhere that serve it), all vendors. */
    List<AgentRef> activeAgentsIn(String marketCode);

    /** The markets an agent's site serves: its own first, then the others (Lumen's Manila team serves PH, then GB, MY, US). */
    List<String> marketsServedBy(UUID siteId);

    /** How many active agents the scope may see (a vendor lead: their own vendor's). */
    long activeAgents(VendorScope scope);
}
