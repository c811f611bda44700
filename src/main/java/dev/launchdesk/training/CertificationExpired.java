package dev.launchdesk.training;

import java.time.LocalDate;
import java.util.UUID;

/** An agent's certification in a module ran out without a new pass ({@code validUntil} is the first day without it). */
public record CertificationExpired(UUID agentId, UUID moduleId, String sopKey, String marketCode, LocalDate validUntil) {
}
