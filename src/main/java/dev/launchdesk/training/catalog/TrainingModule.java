package dev.launchdesk.training.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.sop.SopVersionId;

/**
 * A training module: sections of the SOP {@code sopKey} as it is in force in the market, pinned to the SOP version it
 * was written for, with its quiz policy and how long a pass certifies. A delta module ({@code baseModuleId} set) holds
 * only the sections one SOP version changed: {@code pinnedVersionId} is that new version, {@code fromVersionId} the one
 * before it, {@code sopDocumentId} the SOP variant (or master) that changed; an informational delta is read and
 * acknowledged, without a quiz.
 */
@org.springframework.modulith.NamedInterface("catalog")
public record TrainingModule(UUID id, String sopKey, String marketCode, String title, String notes, SopVersionId pinnedVersionId,
                             int pinnedVersionNumber, int validityMonths, QuizPolicy policy, UUID baseModuleId, UUID sopDocumentId,
                             SopVersionId fromVersionId, boolean informational, List<ModuleSection> sections, String createdBy,
                             Instant createdAt) {

    public TrainingModule {
        sections = List.copyOf(sections);
    }

    public boolean isDelta() {
        return baseModuleId != null;
    }

    /** The module a certification through this one is for: the base module of a delta, else itself. */
    public UUID certifiesModuleId() {
        return isDelta() ? baseModuleId : id;
    }

    public List<String> anchors() {
        return sections.stream().map(ModuleSection::anchor).toList();
    }
}
