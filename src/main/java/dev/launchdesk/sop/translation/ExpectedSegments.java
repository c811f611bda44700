package dev.launchdesk.sop.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import is checked against: the SOP version's id (the XLIFF {@code <file id>}), the two languages,
 * and the version's segments as they are now (their ids, source texts and fingerprints).
 */
public record ExpectedSegments(String versionId, String srcLang, String trgLang, List<SopSegment> segments) {

    public ExpectedSegments {
        Objects.requireNonNull(versionId, "versionId");
        TranslationJob.requireLanguageTag("srcLang", srcLang);
        TranslationJob.requireLanguageTag("trgLang", trgLang);
        segments = List.copyOf(segments);
    }

    public static ExpectedSegments of(String versionId, String srcLang, String trgLang, SegmentedSop sop) {
        return new ExpectedSegments(versionId, srcLang, trgLang, sop.segments());
    }

    Map<String, SopSegment> byId() {
        Map<String, SopSegment> byId = new LinkedHashMap<>();
        segments.forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
