package dev.launchdesk.sop.translation;

import dev.launchdesk.shared.UserTexts;

/**
 * One reason an XLIFF file was rejected.
 *
 * @param kind what went wrong, for a message bundle or a test
 * @param unitId the unit (segment id) it concerns, or {@code null} for the file as a whole
 * @param line 1-based line in the file, or 0 when not known
 * @param column 1-based column in the file, or 0 when not known
 * @param message what went wrong, naming the values involved, in the language of the request that read the file
 */
public record ImportProblem(Kind kind, String unitId, int line, int column, String message) {

    public enum Kind {
        /** Not well-formed XML (the parser's message, with line and column). */
        MALFORMED_XML,
        /** A DOCTYPE: DTDs and entity declarations are refused outright (XXE, entity expansion). */
        DOCTYPE_FORBIDDEN,
        /** Well-formed but not valid against the XLIFF 2 core schema. */
        SCHEMA_INVALID,
        /** An XLIFF version other than 2.0 or 2.1 (an XLIFF 1.2 file among them). */
        WRONG_VERSION,
        /** An XML file that is not XLIFF at all. */
        NOT_XLIFF,
        /** srcLang or trgLang differ from the job's languages, or trgLang is missing. */
        WRONG_LANGUAGE,
        /** A {@code <file>} for another SOP version. */
        WRONG_FILE,
        /** A unit id the SOP version does not have. */
        UNKNOWN_UNIT,
        /** The same unit id twice. */
        DUPLICATE_UNIT,
        /** The segment's source changed since the export (fingerprints differ): its translation is out of date. */
        STALE_SOURCE,
        /** The source text in the file was edited. */
        SOURCE_EDITED,
        /** The unit was split or merged into a different number of segments. */
        SEGMENTATION_CHANGED,
        /** An inline code in the target that the source does not have, or one split into {@code <sc>/<ec>}. */
        BROKEN_INLINE_CODE,
        /** A {@code {{policy.parameter}}} of the source is missing from the target, or one was made up. */
        PLACEHOLDER_MISMATCH
    }

    public ImportProblem {
        if (kind == null || message == null) {
            throw new IllegalArgumentException("a problem needs a kind and a message");
        }
    }

    /** Where and what, in the request's language: "line 4, column 7: unit s1-p2: the target lost the placeholder …". */
    @Override
    public String toString() {
        String text = unitId == null ? message : located(UserTexts.of("problem.sop.xliff.unit", unitId), message);
        if (line <= 0) {
            return text;
        }
        String where = column > 0 ? UserTexts.of("problem.sop.xliff.line-column", String.valueOf(line), String.valueOf(column))
                : UserTexts.of("problem.sop.xliff.line", String.valueOf(line));
        return located(where, text);
    }

    private static String located(String where, String what) {
        return UserTexts.of("problem.sop.xliff.located", where, what);
    }
}
