package dev.launchdesk.sop;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Contribution interface for other modules (training): texts they keep about an SOP's sections — quiz questions —
 * that travel in the SOP's XLIFF 2 file beside its own segments, so that one translator translates both in the same
 * file. On export the sop module asks every contributor for its texts of the version and writes those without a
 * translation as units of their own; on import it checks them like its own segments (known id, unchanged source,
 * inline codes, parameters) and hands each contributor the translations of its texts, in the import's transaction:
 * a file naming a text no contributor has is rejected whole, and nothing is stored.
 *
 * <p>The sop module never reads a contributor's tables; a contributor never reads the sop module's.
 */
public interface TranslatableContent {

    /** Ids are XML name tokens (XLIFF unit ids): letters, digits, '.', '_', ':' and '-'. */
    Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

    /**
     * The SOP version a file is made for and its two languages; the contributor's texts are taken to be written in
     * {@code srcLang}, the language of the SOP they are about.
     */
    record Source(String sopKey, SopVersionId versionId, String srcLang, String trgLang) {
    }

    /**
     * One text.
     *
     * @param id          unique in the file; starts with the contributor's {@link #idPrefix()}, which holds a {@code :}
     *                    (an SOP segment id never does)
     * @param location    where the text is, for the translator (a note beside the unit)
     * @param source      the text as written, inline Markdown
     * @param translation its translation into the target language, or {@code null} when it has none yet
     */
    record Text(String id, String location, String source, String translation) {

        public Text {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(source, "source");
            if (id == null || !ID.matcher(id).matches() || !id.contains(":")) {
                throw new IllegalArgumentException("a contributed text's id is a name token with a ':': " + id);
            }
        }
    }

    /** The prefix of every id this contributor gives, e.g. {@code question:}. */
    String idPrefix();

    /** The texts about the sections of the version, with their translation into the target language where there is one. */
    List<Text> texts(Source source);

    /**
     * Stores translations (text id → translated inline Markdown) of texts {@link #texts} gave for the same source;
     * runs inside the import's transaction.
     *
     * @return how many texts were stored
     */
    int store(Source source, Map<String, String> translations, String translatedBy);
}
