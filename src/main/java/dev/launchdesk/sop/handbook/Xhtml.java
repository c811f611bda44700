package dev.launchdesk.sop.handbook;

/** Escapes plain text for XHTML content and attributes; characters XML forbids become U+FFFD. */
final class Xhtml {

    private Xhtml() {
    }

    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        });
        return out.toString();
    }

    /** A CSS string's content: quotes, backslashes and line ends escaped. */
    static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\A ").replace("\r", "");
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
