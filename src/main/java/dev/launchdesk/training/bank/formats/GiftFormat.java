package dev.launchdesk.training.bank.formats;

import java.util.Locale;

/**
 * The text formats a GIFT text may name first ({@code [html]}, {@code [markdown]}, {@code [plain]}, {@code [moodle]}).
 * A question's format is the default of its answers and feedback, as in Moodle. LaunchDesk keeps question texts as
 * Markdown: HTML is turned into Markdown, the other formats are kept as written.
 */
enum GiftFormat {
    MOODLE, HTML, PLAIN, MARKDOWN;

    record Formatted(GiftFormat format, String text) {
    }

    /** The text of a GIFT part in this format unless the part names its own; blank text is {@code null}. */
    Formatted read(GiftText part) {
        String raw = part.toString().strip();
        GiftFormat format = this;
        for (GiftFormat named : values()) {
            String marker = named.marker();
            if (raw.regionMatches(true, 0, marker, 0, marker.length())) {
                format = named;
                raw = raw.substring(marker.length()).strip();
                break;
            }
        }
        String text = format == HTML ? GiftHtml.toMarkdown(raw) : raw;
        return new Formatted(format, text.isBlank() ? null : text);
    }

    String marker() {
        return "[" + name().toLowerCase(Locale.ROOT) + "]";
    }

    /** Whether plain text would be read as naming a format, so a writer must name one before it. */
    static boolean looksNamed(String text) {
        for (GiftFormat format : values()) {
            if (text.regionMatches(true, 0, format.marker(), 0, format.marker().length())) {
                return true;
            }
        }
        return false;
    }
}
