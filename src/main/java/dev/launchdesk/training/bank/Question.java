package dev.launchdesk.training.bank;

import java.time.Instant;
import java.util.UUID;

/**
 * A question of the bank about one section of an SOP (by key and anchor). Its text lives in {@link QuestionVersion}s;
 * {@code needsReview} is set when an SOP change touched its section, until a trainer revises or confirms it.
 */
public record Question(UUID id, String sopKey, String sectionAnchor, int currentVersion, boolean needsReview, String reviewReason,
                       boolean retired, Instant createdAt) {
}
