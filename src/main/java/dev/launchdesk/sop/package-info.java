/**
 * SOPs: global master procedures, regional variants per market (and vendor), immutable versions with
 * four-eyes review, and three-way propagation of master changes into every variant.
 *
 * <p>The module root holds only what other modules see: the events it publishes ({@link dev.launchdesk.sop.SopVersionPublished},
 * {@link dev.launchdesk.sop.SopTranslationImported}) and the query interfaces other modules read through
 * ({@link dev.launchdesk.sop.SopTimeline}, {@link dev.launchdesk.sop.SopEffectiveDates},
 * {@link dev.launchdesk.sop.PublishedSections}, {@link dev.launchdesk.sop.SectionReading}). The capabilities live in
 * sub-packages, each with its pages and API beside it:
 * <pre>
 * library          SOPs and their immutable versions (the aggregate), the repositories, reading the library
 * authoring        new SOPs, drafts, review and four-eyes approval, publishing; the SOP pages and API
 * variant          regional variants and the propagation of every published master change into them
 * translation      translation status, XLIFF export and import
 * acknowledgement  agents' SOPs in force and their acknowledgements
 * handbook         a market's SOPs as one HTML page or PDF
 * sections         the published sections of SOP versions by anchor, rendered and redlined, for training
 * search           the Lucene index over published SOPs and its change feed
 * markdown, merge  text engines: Markdown rendering and parameters, line diff and three-way merge
 * </pre>
 * Dependencies point down this list's tree only ({@code authoring} uses {@code variant} and {@code translation}, every
 * capability uses {@code library}), never in a cycle: {@code dev.launchdesk.LayoutTests} checks it.
 */
package dev.launchdesk.sop;
