package dev.launchdesk.training.assignment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.launchdesk.reference.RosterChanged;

/**
 * Keeps assignment rules live: agents who joined (or whose site, languages or skills changed) get the modules their
 * rules give them, after the roster change committed. Idempotent: an agent gets a module's first cycle once.
 */
@Component
class RosterFollower {

    private final AssignmentDesk desk;

    RosterFollower(AssignmentDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(RosterChanged changed) {
        desk.applyRules(changed.agentIds());
    }
}
