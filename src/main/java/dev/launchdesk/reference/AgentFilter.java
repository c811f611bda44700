package dev.launchdesk.reference;

import java.util.UUID;

/** Optional filters for the agent list; {@code text} matches name, e-mail or external id. */
public record AgentFilter(UUID vendorId, UUID siteId, String marketCode, AgentStatus status, String language, String text) {

    public static AgentFilter none() {
        return new AgentFilter(null, null, null, null, null, null);
    }
}
