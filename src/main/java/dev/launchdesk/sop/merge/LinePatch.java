package dev.launchdesk.sop.merge;

import java.util.List;

import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;

/**
 * The line diff that {@link ThreeWayMerge} works with, for showing two texts side by side: the same cut into
 * lines and the same changed lines (git's placement of each changed group), as a java-diff-utils {@link Patch}
 * over the lines without their terminators. So a diff view built on it shows exactly the changes the merge sees.
 */
public final class LinePatch {

    private LinePatch() {
    }

    /** The lines of a text, without their terminators, as the merge cuts it. */
    public static List<String> lines(String text) {
        return Lines.of(text).all().stream().map(Lines::content).toList();
    }

    public static Patch<String> between(String oldText, String newText) {
        Lines oldLines = Lines.of(oldText);
        Lines newLines = Lines.of(newText);
        List<String> olds = lines(oldText);
        List<String> news = lines(newText);
        Patch<String> patch = new Patch<>();
        for (Edit edit : LineDiff.between(oldLines.all(), newLines.all())) {
            Chunk<String> source = new Chunk<>(edit.oldStart(), olds.subList(edit.oldStart(), edit.oldEnd()));
            Chunk<String> target = new Chunk<>(edit.newStart(), news.subList(edit.newStart(), edit.newEnd()));
            if (edit.oldLength() == 0) {
                patch.addDelta(new InsertDelta<>(source, target));
            } else if (edit.newLength() == 0) {
                patch.addDelta(new DeleteDelta<>(source, target));
            } else {
                patch.addDelta(new ChangeDelta<>(source, target));
            }
        }
        return patch;
    }
}
