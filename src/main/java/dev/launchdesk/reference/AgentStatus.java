package dev.launchdesk.reference;

/** Where an agent is in their life at the vendor. Only ACTIVE agents count towards staffing. */
public enum AgentStatus {
    ONBOARDING, ACTIVE, ON_LEAVE, OFFBOARDED
}
