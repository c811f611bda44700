package dev.launchdesk.sop.translation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.launchdesk.shared.LanguageTags;

/**
 * What goes out to a translator: the segments of one SOP version that need work in one target language.
 *
 * @param sopKey the SOP's key, written as the XLIFF file's {@code original}
 * @param variantId the regional variant, written in a file note for the translator's context
 * @param versionId the SOP version the segments come from; the XLIFF {@code <file id>}, so an import can be
 *     checked against the version it was made for
 * @param srcLang BCP 47 tag of the source language
 * @param trgLang BCP 47 tag of the target language
 * @param segments the segments to translate, in document order; at least one
 */
public record TranslationJob(String sopKey, String variantId, String versionId, String srcLang, String trgLang,
        List<JobSegment> segments) {

    /**
     * One segment to translate.
     *
     * @param segment the segment as {@link SopSegmenter} cut it from the version
     * @param existingTarget a translation to start from (e.g. the one of the previous version), or {@code null}
     * @param state the state of {@code existingTarget}; {@link TranslationState#INITIAL} when there is none
     */
    public record JobSegment(SopSegment segment, String existingTarget, TranslationState state) {
        public JobSegment {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(state, "state");
            if (existingTarget == null && state != TranslationState.INITIAL) {
                throw new IllegalArgumentException("segment " + segment.id() + " is " + state.xliffValue()
                        + " but has no target (XLIFF requires a target unless the state is initial)");
            }
        }

        public static JobSegment untranslated(SopSegment segment) {
            return new JobSegment(segment, null, TranslationState.INITIAL);
        }
    }

    public TranslationJob {
        Objects.requireNonNull(sopKey, "sopKey");
        Objects.requireNonNull(variantId, "variantId");
        if (versionId == null || !SopSegment.ID.matcher(versionId).matches()) {
            throw new IllegalArgumentException("version id must be letters, digits, '.', '_', ':' or '-' (an XML name token): "
                    + versionId);
        }
        requireLanguageTag("srcLang", srcLang);
        requireLanguageTag("trgLang", trgLang);
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a translation job needs at least one segment (XLIFF requires a unit per file)");
        }
        Set<String> ids = new HashSet<>();
        for (JobSegment s : segments) {
            if (!ids.add(s.segment().id())) {
                throw new IllegalArgumentException("segment " + s.segment().id() + " appears twice in the job");
            }
        }
    }

    /** Every segment of a version as untranslated work. */
    public static TranslationJob of(String sopKey, String variantId, String versionId, String srcLang, String trgLang,
            List<SopSegment> segments) {
        return new TranslationJob(sopKey, variantId, versionId, srcLang, trgLang,
                segments.stream().map(JobSegment::untranslated).toList());
    }

    static void requireLanguageTag(String field, String tag) {
        if (tag == null || tag.isBlank() || LanguageTags.problemIn(tag).isPresent() || LanguageTags.parse(tag).size() != 1) {
            throw new IllegalArgumentException(field + " must be one BCP 47 language tag (e.g. en, id, th-TH): " + tag);
        }
    }
}
