package dev.launchdesk.training.catalog;

import java.util.List;
import java.util.UUID;

import dev.launchdesk.sop.SopVersionId;

/**
 * What an agent studies for a module: each section as published in force for them, in their language where it is
 * translated, with the trainer's notes. For a delta module each section also carries its text before the change.
 *
 * @param oldText the section before the change (delta modules only; empty for an added section), else null
 * @param removed the change removed the section (delta modules only): {@code text} is empty
 */
public record StudyText(UUID moduleId, String title, String notes, String sopKey, SopVersionId sopVersionId, int sopVersionNumber,
                        String language, List<Section> sections) {

    public record Section(String anchor, String heading, String text, String oldText, boolean removed) {
    }
}
