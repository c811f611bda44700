package dev.launchdesk.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing that needs the signed-in user now, offered by the module that owns it to the home page's work queue: what
 * kind of work it is ({@code kind}, a message key under {@code work.kind.}), what it is about ({@code title}, the
 * record's own name), a line of detail ({@code detailKey} and its arguments, a message), where to do it, when it is due
 * (if ever) and how urgent it is.
 */
public record WorkItem(String kind, Urgency urgency, String title, String detailKey, List<Object> detailArgs, String href, LocalDate due) {

    /** Most urgent first: work others are waiting for, then work with a date, then what to look at. */
    public enum Urgency {
        /** Someone or something is blocked until the user acts (a review, a conflict, an unread SOP in force). */
        NOW,
        /** Due soon or overdue, but nobody is blocked yet. */
        SOON,
        /** Worth a look (a finding followed). */
        WATCH
    }

    public WorkItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detailKey, "detailKey");
        Objects.requireNonNull(href, "href");
        detailArgs = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(detailArgs));
    }

    /** The message key of the kind's label, e.g. {@code work.kind.sop-review}. */
    public String kindKey() {
        return "work.kind." + kind;
    }

    public Object[] detailArguments() {
        return detailArgs.toArray();
    }
}
