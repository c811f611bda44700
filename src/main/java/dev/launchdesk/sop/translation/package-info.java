/**
 * Translation of SOPs by outsourced translators, exchanged as XLIFF 2: the translation desk (status per variant and
 * language, export, import, flagging segments again when a master changes), its page and API, and the XLIFF engine.
 *
 * <pre>
 * SopSegmenter.segment(markdown)          → SegmentedSop (segments with stable ids and fingerprints)
 * new XliffExport().export(job)           → XLIFF 2.0 text for the translator's CAT tool
 * new XliffImport().parse(bytes, expected) → ImportedTranslation, or XliffRejectedException with every problem
 * segmentedSop.reassemble(targets)        → the translated Markdown and the segments still untranslated
 * </pre>
 *
 * <p>Why XLIFF 2: it is the OASIS standard every professional translation tool reads, it keeps the source next
 * to the target, carries notes and workflow states, and has inline codes ({@code <ph>}, {@code <pc>}) that
 * translators can move but not break, which is how {@code {{policy.parameters}}}, links and formatting
 * survive translation. What is checked: exports validate against the OASIS XLIFF 2 core schema and pass the
 * Okapi Framework's validating reader (tests); imports are parsed by a hardened parser (no DOCTYPE, so no
 * external entities or entity expansion; nothing fetched), validated against the same schema while read, and
 * then checked against the SOP version: file id, languages, known unit ids, fingerprints (stale sources),
 * unedited sources, inline codes and parameters. Any problem rejects the whole file.
 */
package dev.launchdesk.sop.translation;
