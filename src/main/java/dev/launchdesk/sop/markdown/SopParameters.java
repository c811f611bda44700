package dev.launchdesk.sop.markdown;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/** Policy parameter placeholders in SOP text, such as {@code {{refund.window.days}}}. */
@NamedInterface("markdown")
public final class SopParameters {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\\s*}}");

    private SopParameters() {
    }

    /** The parameter keys the text uses, in order of first use. */
    public static Set<String> used(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** The text with every known placeholder replaced by its value; unknown ones stay as they are. */
    public static String resolve(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
