package dev.launchdesk.reference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Query interface for other modules: agents of the roster by id, external id and market. */
public interface AgentDirectory {

    /** An agent with where they work, as other modules need it. */
    record AgentRef(UUID id, String externalId, String fullName, UUID vendorId, String vendorName, UUID siteId, String siteName,
                    String marketCode, List<String> languages, AgentStatus status) {
    }

    Optional<AgentRef> agent(UUID agentId);

    Optional<AgentRef> agentByExternalId(UUID vendorId, String externalId);

    /** Active agents whose site is in the market, all vendors. */
    List<AgentRef> activeAgentsIn(String marketCode);
}
