package dev.launchdesk.sop.authoring;

import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import dev.launchdesk.sop.markdown.SopText;
import dev.launchdesk.sop.merge.LinePatch;

/**
 * Side-by-side and inline comparison of two versions: the rows of the line diff the three-way merge works with
 * ({@link LinePatch}: the same lines, the same changed groups), with the changed words inside a changed line
 * marked by java-diff-utils ({@code <del>} on the old side, {@code <ins>} on the new side). Both texts are
 * compared as {@link SopText}, as they are stored.
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
        String older = SopText.of(oldText).markdown();
        String newer = SopText.of(newText).markdown();
        List<DiffRow> rows = GENERATOR.generateDiffRows(LinePatch.lines(older), LinePatch.between(older, newer));
        return rows.stream().map(r -> new Row(kind(r.getTag()), r.getOldLine(), r.getNewLine())).toList();
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
