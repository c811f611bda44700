package dev.launchdesk.sop.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the three-way merge over generated texts (1,000 examples each). */
class ThreeWayMergePropertiesTests {

    private static final List<String> VOCABULARY = List.of(
            "", "", "## Steps", "## Scope", "- Verify the seller ID.", "- Send the mail.", "1. Open", "2. Close",
            "---", "| a | b |", "Call within 24 hours.", "Call within 12 hours.");

    private final ThreeWayMerge merge = new ThreeWayMerge();

    @Test
    void theSameChangeOnBothSidesMergesCleanlyToThatChange() {
        qt().forAll(texts()).checkAssert(texts -> {
            MergeResult result = merge.merge(texts.base(), texts.regional(), texts.regional());

            assertThat(result.clean()).isTrue();
            assertThat(result.merged()).isEqualTo(texts.regional());
        });
    }

    @Test
    void aSideLeftAsTheBaseGivesTheOtherSide() {
        qt().forAll(texts()).checkAssert(texts -> {
            assertThat(merge.merge(texts.base(), texts.base(), texts.master()))
                    .isEqualTo(new MergeResult(true, texts.master(), List.of()));
            assertThat(merge.merge(texts.base(), texts.regional(), texts.base()))
                    .isEqualTo(new MergeResult(true, texts.regional(), List.of()));
        });
    }

    @Test
    void swappingTheSidesKeepsTheVerdictAndTheCleanText() {
        qt().forAll(texts()).checkAssert(texts -> {
            MergeResult forward = merge.merge(texts.base(), texts.regional(), texts.master());
            MergeResult swapped = merge.merge(texts.base(), texts.master(), texts.regional());

            assertThat(swapped.clean()).isEqualTo(forward.clean());
            if (forward.clean()) {
                assertThat(swapped.merged()).isEqualTo(forward.merged());
            }
        });
    }

    @Test
    void neverDropsALineEitherSideAdded() {
        qt().forAll(texts()).checkAssert(texts -> {
            MergeResult result = merge.merge(texts.base(), texts.regional(), texts.master());

            Map<String, Integer> merged = counts(result.merged());
            for (String side : List.of(texts.regional(), texts.master())) {
                Map<String, Integer> base = counts(texts.base());
                counts(side).forEach((line, count) -> assertThat(merged.getOrDefault(line, 0))
                        .as("copies of added line '%s'", line)
                        .isGreaterThanOrEqualTo(count - base.getOrDefault(line, 0)));
            }
        });
    }

    @Test
    void everyHunkStandsWhereItSaysInTheMergedTextAndTheBase() {
        qt().forAll(texts()).checkAssert(texts -> {
            MergeResult result = merge.merge(texts.base(), texts.regional(), texts.master());

            List<String> merged = contents(result.merged());
            List<String> base = contents(texts.base());
            for (MergeConflict conflict : result.conflicts()) {
                int marker = conflict.mergedLine() - 1;
                int separator = marker + 1 + conflict.regional().size();
                int end = separator + 1 + conflict.master().size();
                assertThat(merged.get(marker)).isEqualTo("<<<<<<< regional");
                assertThat(merged.subList(marker + 1, separator)).isEqualTo(conflict.regional());
                assertThat(merged.get(separator)).isEqualTo("=======");
                assertThat(merged.subList(separator + 1, end)).isEqualTo(conflict.master());
                assertThat(merged.get(end)).isEqualTo(">>>>>>> master");
                int baseStart = conflict.baseStart() - 1;
                assertThat(base.subList(baseStart, baseStart + conflict.baseLines().size()))
                        .isEqualTo(conflict.baseLines());
            }
        });
    }

    @Test
    void choosingASideForEveryHunkLeavesNoMarkers() {
        qt().forAll(texts()).checkAssert(texts -> {
            MergeResult result = merge.merge(texts.base(), texts.regional(), texts.master());
            List<ConflictResolution> resolutions = new ArrayList<>();
            for (int hunk = 0; hunk < result.conflicts().size(); hunk++) {
                resolutions.add(hunk % 2 == 0 ? ConflictResolution.takeMaster(hunk) : ConflictResolution.keepRegional(hunk));
            }

            assertThat(contents(result.resolve(resolutions)))
                    .doesNotContain("<<<<<<< regional", "=======", ">>>>>>> master");
        });
    }

    private static Gen<Texts> texts() {
        Gen<List<String>> base = lists().of(arbitrary().pick(VOCABULARY)).ofSizeBetween(0, 14);
        return base.flatMap(lines -> edited(lines).zip(edited(lines), arbitrary().pick("\n", "\r\n"),
                        integers().between(0, 7), (regional, master, lineEnding, finalNewlines) -> new Texts(
                        text(lines, lineEnding, (finalNewlines & 1) == 0),
                        text(regional, lineEnding, (finalNewlines & 2) == 0),
                        text(master, lineEnding, (finalNewlines & 4) == 0))));
    }

    private static Gen<List<String>> edited(List<String> base) {
        Gen<LineEdit> edit = arbitrary().enumValues(LineEdit.Kind.class)
                .zip(integers().between(0, 20), arbitrary().pick(VOCABULARY), LineEdit::new);
        return lists().of(edit).ofSizeBetween(0, 4).map(edits -> {
            List<String> lines = new ArrayList<>(base);
            edits.forEach(e -> e.applyTo(lines));
            return lines;
        });
    }

    private static String text(List<String> lines, String lineEnding, boolean finalNewline) {
        return SopTexts.text(lines, lineEnding, finalNewline);
    }

    private static List<String> contents(String text) {
        return Lines.of(text).all().stream().map(Lines::content).toList();
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        contents(text).forEach(line -> counts.merge(line, 1, Integer::sum));
        return counts;
    }

    record Texts(String base, String regional, String master) {
    }

    record LineEdit(Kind kind, int at, String line) {

        enum Kind { INSERT, DELETE, REPLACE }

        void applyTo(List<String> lines) {
            int position = at % (lines.size() + 1);
            if (kind == Kind.INSERT) {
                lines.add(position, line);
            } else if (position < lines.size()) {
                if (kind == Kind.DELETE) {
                    lines.remove(position);
                } else {
                    lines.set(position, line);
                }
            }
        }
    }
}
