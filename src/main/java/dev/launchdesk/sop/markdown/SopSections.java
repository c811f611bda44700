package dev.launchdesk.sop.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SOP cut into sections at its ATX headings ({@code #} to {@code ######}). The text before the first
 * heading is the section "(introduction)". Headings inside fenced code blocks do not cut.
 */
public final class SopSections {

    public static final String INTRODUCTION = "(introduction)";
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private SopSections() {
    }

    public record Section(int level, String heading, String anchor, String text) {
    }

    public static List<Section> of(String markdown) {
        List<Section> sections = new ArrayList<>();
        String heading = INTRODUCTION;
        int level = 0;
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        Set<String> anchors = new LinkedHashSet<>();
        for (String line : markdown.split("\r?\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            Matcher matcher = inFence ? null : HEADING.matcher(line);
            if (matcher != null && matcher.matches()) {
                add(sections, level, heading, text, anchors);
                level = matcher.group(1).length();
                heading = matcher.group(2).trim();
                text = new StringBuilder();
            } else {
                text.append(line).append('\n');
            }
        }
        add(sections, level, heading, text, anchors);
        return sections;
    }

    /** Headings of the sections that were added, removed or changed between two texts, in the new text's order. */
    public static List<String> changed(String before, String after) {
        Map<String, String> old = new LinkedHashMap<>();
        of(before == null ? "" : before).forEach(s -> old.put(s.heading(), s.text()));
        List<String> changed = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Section section : of(after)) {
            seen.add(section.heading());
            if (!Objects.equals(old.get(section.heading()), section.text())) {
                changed.add(section.heading());
            }
        }
        old.keySet().stream().filter(h -> !seen.contains(h)).forEach(changed::add);
        return changed;
    }

    /** A URL fragment for a heading: lower case, letters and digits of any script kept, the rest dashes. */
    public static String anchor(String heading) {
        String slug = heading.toLowerCase().replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static void add(List<Section> sections, int level, String heading, StringBuilder text, Set<String> anchors) {
        String body = text.toString().strip();
        if (heading.equals(INTRODUCTION) && body.isEmpty()) {
            return;
        }
        String anchor = anchor(heading);
        String unique = anchor;
        for (int i = 2; !anchors.add(unique); i++) {
            unique = anchor + "-" + i;
        }
        sections.add(new Section(level, heading, unique, body));
    }
}
