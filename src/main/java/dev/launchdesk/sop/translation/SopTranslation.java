package dev.launchdesk.sop.translation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A variant's translation into one language: per segment, the translated text and the fingerprint of the
 * source text it was made from.
 */
record SopTranslation(UUID id, UUID documentId, String language, UUID versionId, Map<String, Target> targets,
                      UUID exportedVersionId, Instant exportedAt, Instant importedAt, String importedBy, int lockVersion) {

    record Target(String fingerprint, String text) {
    }
}
