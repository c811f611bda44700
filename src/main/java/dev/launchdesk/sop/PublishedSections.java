package dev.launchdesk.sop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Query interface for other modules (training): the sections of published SOP versions, cut at their headings, with
 * the anchor each section is linked by. Anchors are those of the version's own (source-language) text, also when the
 * text is read in a translation, so a link to a section holds in every language.
 */
public interface PublishedSections {

    /**
     * One section of an SOP version.
     *
     * @param anchor  the section's anchor, e.g. {@code wrong-or-missing-item} (unique within the version)
     * @param heading the heading as written (translated when read in a translation)
     * @param text    the section's Markdown below its heading, up to the next heading
     */
    record Section(String anchor, String heading, int level, String text) {
    }

    /**
     * A published (in force or since superseded) version of an SOP and its sections.
     *
     * @param marketCode the variant's market, null for a global master
     * @param vendorId   the vendor of a vendor's own variant, else null
     * @param language   the language the sections are in
     */
    record PublishedSop(UUID documentId, SopVersionId versionId, String sopKey, String title, String marketCode, UUID vendorId, int number,
                        LocalDate effectiveDate, String language, List<Section> sections) {

        public PublishedSop {
            sections = List.copyOf(sections);
        }

        public Optional<Section> section(String anchor) {
            return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
        }
    }

    /**
     * The version in force of the SOP for agents of a market working for a vendor: the vendor's own variant, else the
     * market's variant, else the master; in the SOP's own language. Empty when none of them is published.
     */
    Optional<PublishedSop> inForce(String sopKey, String marketCode, UUID vendorId);

    /**
     * {@link #inForce(String, String, UUID)} read in a language: the translation's text where it is up to date, the
     * source text elsewhere (and wholly when there is no translation into the language).
     */
    Optional<PublishedSop> inForce(String sopKey, String marketCode, UUID vendorId, String language);

    /** A version that was published (in force or superseded), in the SOP's own language; empty for drafts and unknown ids. */
    Optional<PublishedSop> version(SopVersionId versionId);

    /** A global master SOP with a published version: what a trainer picks a module's or a question's SOP from. */
    record PublishedMaster(String sopKey, String title) {
    }

    /** The global master SOPs that have a published version, by key. */
    List<PublishedMaster> publishedMasters();

    /** Version {@code number} of the SOP document, if it was ever published. */
    Optional<PublishedSop> version(UUID documentId, int number);
}
