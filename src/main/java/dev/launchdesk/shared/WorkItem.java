package dev.launchdesk.shared;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing that needs the signed-in user now, offered by the module that owns it to the home page's work queue: what
 * kind of work it is ({@code kind}; its label is the message {@code work.kind.<kind>}), what it is about and a line of
 * detail (each a message, or the record's own name as {@link #text(String) text}), where to do it, when it is due (if
 * ever) and how urgent it is.
 */
public record WorkItem(String kind, Urgency urgency, MessageSourceResolvable title, MessageSourceResolvable detail, String href, LocalDate due) {

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
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(href, "href");
    }

    /** Text shown as it is: a record's own name (an SOP's title), never a sentence of the application's. */
    public static MessageSourceResolvable text(String text) {
        return new DefaultMessageSourceResolvable(null, null, text);
    }

    /** A message of the bundles with its arguments. */
    public static MessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[]{key}, arguments);
    }

    /** The message key of the kind's label, e.g. {@code work.kind.sop-review}. */
    public String kindKey() {
        return "work.kind." + kind;
    }
}
