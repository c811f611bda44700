package dev.launchdesk.reference;

import java.util.List;
import java.util.UUID;

/**
 * Agents joined the roster or their roster facts (site, languages, skills, status) changed: by hand or by a roster
 * import (one event per import, naming every agent it added or changed). Training reacts by applying its live
 * assignment rules to them.
 */
public record RosterChanged(List<UUID> agentIds) {

    public RosterChanged {
        agentIds = List.copyOf(agentIds);
    }
}
