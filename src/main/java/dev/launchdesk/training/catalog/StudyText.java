package dev.launchdesk.training.catalog;

import java.util.List;
import java.util.UUID;

import dev.launchdesk.sop.SopVersionId;

/**
 * What an agent studies for a module: each section as published in force for them, in their language where it is
 * translated, with the trainer's notes. For a delta module each section also carries its text before the change.
 *
 * @param sopMarket the market of the SOP variant the text is from, null when it is the global master
 */
public record StudyText(UUID moduleId, String title, String notes, String sopKey, String sopMarket, SopVersionId sopVersionId,
                        int sopVersionNumber, String language, List<Section> sections) {

    /**
     * @param oldText the section before the change in the SOP's own language (delta modules only; empty for an added
     *                section), else null
     * @param newText the section after the change in the SOP's own language, the other side of the redline to
     *                {@code oldText} ({@code text} may be a translation) (delta modules only), else null
     * @param removed the change removed the section (delta modules only): {@code text} is empty
     */
    public record Section(String anchor, String heading, String text, String oldText, String newText, boolean removed) {
    }
}
