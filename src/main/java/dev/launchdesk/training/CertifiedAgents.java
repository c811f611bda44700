package dev.launchdesk.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Query interface for the launch and capacity modules: the agents certified on a date, per market, vendor, site,
 * language and skill. "Certified" means a certification valid on that date in every module of the market (of the
 * SOP, when one is named) that the agent was assigned, with no delta retraining outstanding.
 */
public interface CertifiedAgents {

    /** What to count; every field but the market and date may be null (no filter). Languages and skills match one of the agent's. */
    record Criteria(String marketCode, String sopKey, UUID vendorId, UUID siteId, String language, String skill, LocalDate on) {
    }

    record CertifiedAgent(UUID agentId, String externalId, UUID vendorId, UUID siteId, List<String> languages, List<String> skills) {
    }

    List<CertifiedAgent> certified(Criteria criteria);
}
