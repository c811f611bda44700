package dev.launchdesk.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.shared.Actor;

/**
 * Command interface for the insight module: a root cause found in the ticket data points at a market, a vendor (and
 * site) and an SOP; this assigns that SOP's training module(s) of the market again — a refresher — to the active agents
 * there, through training's own assignment rules: an agent with the module open already is left as they are (so asking
 * twice assigns nothing twice), a vendor lead reaches their own vendor's agents only.
 */
public interface RefresherTraining {

    /**
     * @param sopKey the SOP the root cause's issue category is tied to
     * @param market the market's code
     * @param vendor a vendor's code, or null for every vendor (a vendor lead's own)
     * @param site   a site's code, or null for every site
     * @param reason why, for the audit trail (the root cause in words)
     */
    record Request(String sopKey, String market, String vendor, String site, String reason) {
    }

    /**
     * What was assigned.
     *
     * @param agents   the active agents the refresher is for
     * @param assigned assignments made now (agents × modules; none for an agent with the module open already)
     */
    record Refresher(String sopKey, String market, String vendor, String site, List<Module> modules, int agents, int assigned,
                     LocalDate dueOn) {

        public Refresher {
            modules = List.copyOf(modules);
        }
    }

    /** A module assigned as the refresher, and to how many agents now. */
    record Module(UUID id, String title, int assigned) {
    }

    /**
     * Assigns the refresher; a 400 naming the field for a missing SOP or market or an unknown vendor or site, a 409 when the
     * SOP has no training module in the market or no active agent matches, a 403 for another vendor's agents; nothing is
     * written then.
     */
    Refresher assign(Request request, Actor actor);
}
