package dev.launchdesk.sop.translation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plays the translator's CAT tool: writes targets (XLIFF inline content) into an exported file. */
final class Translator {

    private Translator() {
    }

    private static final Pattern BARE_CODE = Pattern.compile("<(ph|pc) id=\"([^\"]+)\"(/?)>");

    /**
     * Like {@link #withTargets}, but each bare {@code <ph id="n"/>} or {@code <pc id="n">} of a target is written
     * with all the attributes of the source's code (data references, type, display text), as CAT tools copy them.
     */
    static String withCopiedCodes(String xliff, Map<String, String> targets) {
        Map<String, String> copied = new java.util.LinkedHashMap<>();
        targets.forEach((id, target) -> {
            Matcher source = Pattern.compile("<unit id=\"" + Pattern.quote(id) + "\">.*?<source>(.*?)</source>", Pattern.DOTALL).matcher(xliff);
            if (!source.find()) {
                throw new IllegalArgumentException("no unit " + id + " in the export");
            }
            String sourceXml = source.group(1);
            copied.put(id, BARE_CODE.matcher(target).replaceAll(code -> {
                Matcher full = Pattern.compile("<" + code.group(1) + " id=\"" + code.group(2) + "\"[^>]*?" + code.group(3) + ">").matcher(sourceXml);
                return Matcher.quoteReplacement(full.find() ? full.group() : code.group());
            }));
        });
        return withTargets(xliff, copied);
    }

    /** The file with a {@code <target>} after the {@code <source>} of each named unit, its state set to translated. */
    static String withTargets(String xliff, Map<String, String> targets) {
        String result = xliff;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            Pattern unit = Pattern.compile("(<unit id=\"" + Pattern.quote(target.getKey())
                    + "\">.*?<segment) state=\"initial\">(.*?</source>)", Pattern.DOTALL);
            Matcher m = unit.matcher(result);
            if (!m.find()) {
                throw new IllegalArgumentException("no unit " + target.getKey() + " in the export");
            }
            String replacement = m.group(1) + " state=\"translated\">" + m.group(2) + "\n        <target>" + target.getValue() + "</target>";
            result = result.substring(0, m.start()) + replacement + result.substring(m.end());
        }
        return result;
    }
}
