package dev.launchdesk.training.readiness;

import java.util.Arrays;
import java.util.Objects;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * One active agent serving the market and their status in each module of the list readiness was asked for (by place;
 * null where the module is not required of them). Certified when certified on the current SOP version in every module
 * required of them; otherwise the {@link #blocker()} says why, one reason per agent.
 */
record AgentStanding(AgentRef agent, TrainingStatus[] byModule) {

    /** Why a required agent is not certified on the current version: the first that applies, in this order. */
    enum Blocker {
        EXPIRED, UPDATE_DUE, IN_PROGRESS, NOT_STARTED
    }

    boolean certified() {
        return Arrays.stream(byModule).filter(Objects::nonNull).allMatch(TrainingStatus::isCertifiedOnCurrentVersion);
    }

    boolean has(TrainingStatus status) {
        return Arrays.asList(byModule).contains(status);
    }

    boolean updateDue() {
        return has(TrainingStatus.UPDATE_DUE);
    }

    boolean expired() {
        return has(TrainingStatus.EXPIRED);
    }

    /** Null for a certified agent. */
    Blocker blocker() {
        if (certified()) {
            return null;
        }
        if (expired()) {
            return Blocker.EXPIRED;
        }
        if (updateDue()) {
            return Blocker.UPDATE_DUE;
        }
        return has(TrainingStatus.IN_PROGRESS) ? Blocker.IN_PROGRESS : Blocker.NOT_STARTED;
    }

    TrainingStatus in(int module) {
        return byModule[module];
    }
}
