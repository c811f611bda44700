package dev.launchdesk.sop.translation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.launchdesk.sop.translation.InlineMarkup.Placeholder;
import dev.launchdesk.sop.translation.InlineMarkup.Span;

/** How the inline codes of {@link InlineMarkup} are written as XLIFF {@code <ph>} and {@code <pc>}. */
final class Codes {

    private Codes() {
    }

    static String dataRef(String id) {
        return "d" + id;
    }

    static String dataRefStart(String id) {
        return "d" + id + "s";
    }

    static String dataRefEnd(String id) {
        return "d" + id + "e";
    }

    /** {@code type}, {@code subType}, {@code canDelete} and {@code disp} of a placeholder. */
    static Map<String, String> attributesOf(Placeholder ph) {
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (ph.kind()) {
            case PARAMETER -> {
                attributes.put("type", "ui");
                attributes.put("subType", "xlf:var");
                attributes.put("canDelete", "no");
            }
            case LINE_BREAK -> {
                attributes.put("type", "fmt");
                attributes.put("subType", "xlf:lb");
            }
            case HTML -> attributes.put("type", "fmt");
            case AUTOLINK -> attributes.put("type", "link");
            default -> attributes.put("type", "other");
        }
        attributes.put("disp", ph.kind() == InlineMarkup.CodeKind.LINE_BREAK ? "\u21B5" : ph.original());
        return attributes;
    }

    /** {@code type}, {@code subType}, {@code dispStart} and {@code dispEnd} of a paired code. */
    static Map<String, String> attributesOf(Span pc) {
        Map<String, String> attributes = new LinkedHashMap<>();
        switch (pc.kind()) {
            case EMPHASIS -> {
                attributes.put("type", "fmt");
                attributes.put("subType", "xlf:i");
            }
            case STRONG -> {
                attributes.put("type", "fmt");
                attributes.put("subType", "xlf:b");
            }
            case LINK -> attributes.put("type", "link");
            case IMAGE -> attributes.put("type", "image");
            default -> attributes.put("type", "fmt");
        }
        attributes.put("dispStart", pc.start());
        attributes.put("dispEnd", pc.end());
        return attributes;
    }

    /** A character XML 1.0 allows in content ({@code Char} production). */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
