package dev.launchdesk.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One value of a market's policy parameter, in force from {@code effectiveFrom} until the next value
 * of the same key takes over. Values are never edited: a change is a new value with a later date.
 */
public record PolicyParameter(UUID id, String marketCode, String key, String value, LocalDate effectiveFrom,
                              String note, String recordedBy, Instant recordedAt) {
}
