package dev.launchdesk.sop.library;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.markdown.SopText;

/**
 * @param reviewPeriodDays how long a published version stays current before it is due for review (default 180)
 * @param maxBodyCharacters the longest SOP text (Markdown, in Unicode characters) a page, the API or the merge tool
 *     accepts (default 200,000: the longest demo SOP has under 4,000)
 */
@ConfigurationProperties("launchdesk.sop")
public record SopSettings(Integer reviewPeriodDays, Integer maxBodyCharacters) {

    public SopSettings {
        if (reviewPeriodDays == null) {
            reviewPeriodDays = 180;
        }
        if (reviewPeriodDays < 1) {
            throw new IllegalArgumentException("launchdesk.sop.review-period-days must be at least 1");
        }
        if (maxBodyCharacters == null) {
            maxBodyCharacters = 200_000;
        }
        if (maxBodyCharacters < 1) {
            throw new IllegalArgumentException("launchdesk.sop.max-body-characters must be at least 1");
        }
    }

    public boolean fits(SopText text) {
        return text.characters() <= maxBodyCharacters;
    }

    /** Why the text does not fit: the limit and the text's length. */
    public String tooLong(SopText text) {
        return UserTexts.of("problem.sop.text.too-long", String.format(Locale.ROOT, "%,d", maxBodyCharacters),
                String.format(Locale.ROOT, "%,d", text.characters()));
    }

    /** Refuses a text longer than the limit, naming the field, the limit and the text's length. */
    public void requireFits(String field, SopText text) {
        if (!fits(text)) {
            throw InvalidInputException.of(field, tooLong(text));
        }
    }
}
