package dev.launchdesk.sop;

import java.util.List;

/**
 * Query interface for other modules (training): a section of a published SOP shown as the SOP module shows it, so
 * there is one Markdown renderer and one diff. {@link #html} is what the SOP reading view renders (safe CommonMark HTML,
 * a variant's policy values in force today filled in, a master as written); {@link #redline} is the inline comparison
 * of the SOP compare page (line by line, changed words marked).
 */
public interface SectionReading {

    /** One line of a redline: {@code kind} EQUAL, INSERT, DELETE or CHANGE; both sides HTML-escaped, words in del/ins. */
    record RedlineRow(String kind, String oldHtml, String newHtml) {
    }

    /**
     * Markdown of a section rendered for reading.
     *
     * @param marketCode the market of the variant the text is from (its policy values are filled in), null for a master
     */
    String html(String marketCode, String markdown);

    /** The redline of a section's text before and after a change, policy values of the market filled in on both sides. */
    List<RedlineRow> redline(String marketCode, String oldMarkdown, String newMarkdown);
}
