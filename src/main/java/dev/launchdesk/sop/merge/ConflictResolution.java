package dev.launchdesk.sop.merge;

import java.util.Objects;

/**
 * How a user settles one conflict hunk of a {@link MergeResult}.
 *
 * @param hunk 0-based index of the hunk in {@link MergeResult#conflicts()}
 * @param choice which text replaces the hunk
 * @param text the edited text for {@link Choice#EDIT}; must be null for the other choices
 */
public record ConflictResolution(int hunk, Choice choice, String text) {

    public enum Choice {
        /** Take the new master's lines. */
        TAKE_MASTER,
        /** Keep the regional variant's lines. */
        KEEP_REGIONAL,
        /** Replace the hunk with the given text. */
        EDIT
    }

    public ConflictResolution {
        Objects.requireNonNull(choice, "choice");
        if (hunk < 0) {
            throw new IllegalArgumentException("hunk index must be 0 or more, was " + hunk);
        }
        if (choice == Choice.EDIT && text == null) {
            throw new IllegalArgumentException("EDIT of hunk " + hunk + " needs a text");
        }
        if (choice != Choice.EDIT && text != null) {
            throw new IllegalArgumentException(choice + " of hunk " + hunk + " takes no text");
        }
    }

    public static ConflictResolution takeMaster(int hunk) {
        return new ConflictResolution(hunk, Choice.TAKE_MASTER, null);
    }

    public static ConflictResolution keepRegional(int hunk) {
        return new ConflictResolution(hunk, Choice.KEEP_REGIONAL, null);
    }

    public static ConflictResolution edit(int hunk, String text) {
        return new ConflictResolution(hunk, Choice.EDIT, text);
    }
}
