package dev.launchdesk.sop.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translated XLIFF file that passed every check.
 *
 * @param versionId the SOP version it belongs to (the XLIFF {@code <file id>})
 * @param trgLang the target language
 * @param translated the segments with a translation, in file order
 * @param untranslated ids of the units in the file that have no target, or an empty one: not yet translated,
 *     which is allowed and reported here
 */
public record ImportedTranslation(String versionId, String trgLang, List<TranslatedSegment> translated,
        List<String> untranslated) {

    /**
     * @param id the segment id
     * @param target the translated inline Markdown, with every protected code put back as it is in the source
     * @param state the state the translator's tool gave the segment
     */
    public record TranslatedSegment(String id, String target, TranslationState state) {
    }

    public ImportedTranslation {
        translated = List.copyOf(translated);
        untranslated = List.copyOf(untranslated);
    }

    /** Translations by segment id, ready for {@link SegmentedSop#reassemble}. */
    public Map<String, String> targets() {
        Map<String, String> targets = new LinkedHashMap<>();
        translated.forEach(t -> targets.put(t.id(), t.target()));
        return targets;
    }
}
