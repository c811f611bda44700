package dev.launchdesk.sop.handbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What goes into one exported handbook: the SOPs of a market (and optionally one BPO vendor) in one language,
 * in the order they are to appear.
 *
 * @param vendorName the BPO vendor the handbook is for, or {@code null} for the whole market
 * @param language   a BCP 47 tag ({@code th}, {@code vi}, {@code id}, {@code en}); it picks the labels and the
 *                   document's {@code lang}
 */
public record Handbook(String title, String marketName, String marketCode, String vendorName, String language,
        LocalDate generatedOn, List<HandbookSop> sops) {

    /** "Seller support handbook — Thailand — Siam Contact Services", in the handbook's language. */
    public static String titleFor(String language, String marketName, String vendorName) {
        return HandbookLabels.of(language).get("cover.kicker") + " — " + marketName + (vendorName == null ? "" : " — " + vendorName);
    }

    public Handbook {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(marketName, "marketName");
        Objects.requireNonNull(marketCode, "marketCode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedOn, "generatedOn");
        sops = List.copyOf(sops);
    }
}
