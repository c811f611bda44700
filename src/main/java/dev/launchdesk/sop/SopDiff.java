package dev.launchdesk.sop;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Side-by-side and inline comparison of two versions: line rows from java-diff-utils, with the changed
 * words inside a changed line marked ({@code <del>} on the old side, {@code <ins>} on the new side).
 */
public final class SopDiff {

    public enum Kind { EQUAL, INSERT, DELETE, CHANGE }

    /** One row; {@code oldHtml} and {@code newHtml} are HTML-escaped with word marks. */
    public record Row(Kind kind, String oldHtml, String newHtml) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            // the default line normaliser escapes &, < and > for HTML
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private SopDiff() {
    }

    public static List<Row> rows(String oldText, String newText) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(oldText), lines(newText));
        return rows.stream().map(r -> new Row(kind(r.getTag()), r.getOldLine(), r.getNewLine())).toList();
    }

    private static List<String> lines(String text) {
        return Arrays.asList((text == null ? "" : text).split("\r?\n", -1));
    }

    private static Kind kind(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> Kind.EQUAL;
            case INSERT -> Kind.INSERT;
            case DELETE -> Kind.DELETE;
            case CHANGE -> Kind.CHANGE;
        };
    }
}
