package dev.launchdesk.sop.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random Markdown-like SOP texts and random edits of them, for comparing the merge with git.
 * Lines come from a small vocabulary so that equal lines (and so ambiguous diffs) are common.
 */
final class SopTexts {

    private static final List<String> HEADINGS = List.of(
            "# Seller onboarding", "## Scope", "## Steps", "## Escalation", "## Checks", "### Notes");
    private static final List<String> BODY = List.of(
            "", "", "", "---", "- Verify the seller ID.", "- Check the tax number.", "- Send the welcome mail.",
            "1. Open the ticket.", "2. Assign the queue.", "3. Close the ticket.", "| Step | Owner |",
            "|------|-------|", "| 1 | Support |", "Call the seller within 24 hours.", "See the policy.", "  - sub item",
            "> Note: local law applies.", "***", "TODO", "Ende.", "Prüfe die Steuernummer.", "— — —", "ü");

    private SopTexts() {
    }

    static List<String> document(Random random) {
        List<String> lines = new ArrayList<>();
        int sections = 1 + random.nextInt(4);
        for (int section = 0; section < sections; section++) {
            lines.add(pick(random, HEADINGS));
            int body = random.nextInt(7);
            for (int i = 0; i < body; i++) {
                lines.add(pick(random, BODY));
            }
        }
        return lines;
    }

    static List<String> edited(Random random, List<String> original) {
        List<String> lines = new ArrayList<>(original);
        int edits = random.nextInt(5);
        for (int i = 0; i < edits; i++) {
            editOnce(random, lines);
        }
        return lines;
    }

    private static void editOnce(Random random, List<String> lines) {
        int at = random.nextInt(lines.size() + 1);
        switch (random.nextInt(6)) {
            case 0, 1 -> lines.add(at, randomLine(random));
            case 2 -> removeRun(random, lines, at);
            case 3 -> replace(random, lines, at);
            case 4 -> {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    lines.add(at, randomLine(random));
                }
            }
            default -> moveLine(random, lines, at);
        }
    }

    private static void removeRun(Random random, List<String> lines, int at) {
        for (int n = 1 + random.nextInt(3); n > 0 && at < lines.size(); n--) {
            lines.remove(at);
        }
    }

    private static void replace(Random random, List<String> lines, int at) {
        if (at < lines.size()) {
            lines.set(at, randomLine(random));
        }
    }

    private static void moveLine(Random random, List<String> lines, int at) {
        if (at < lines.size()) {
            String line = lines.remove(at);
            lines.add(random.nextInt(lines.size() + 1), line);
        }
    }

    private static String randomLine(Random random) {
        return random.nextInt(4) == 0 ? pick(random, HEADINGS) : pick(random, BODY);
    }

    private static String pick(Random random, List<String> vocabulary) {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    /** Joins lines with the line ending; {@code finalNewline} decides whether the last line gets one. */
    static String text(List<String> lines, String lineEnding, boolean finalNewline) {
        if (lines.isEmpty()) {
            return "";
        }
        return String.join(lineEnding, lines) + (finalNewline ? lineEnding : "");
    }
}
