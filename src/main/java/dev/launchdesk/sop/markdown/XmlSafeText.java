package dev.launchdesk.sop.markdown;

/** Replaces the characters XML 1.0 does not allow (C0 controls other than tab and line ends, lone surrogates, U+FFFE/F). */
final class XmlSafeText {

    private static final int REPLACEMENT = 0xFFFD;

    private XmlSafeText() {
    }

    static String of(String text) {
        if (text.codePoints().allMatch(XmlSafeText::allowed)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return out.toString();
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
