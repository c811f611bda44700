package dev.launchdesk.sop.markdown;

import org.commonmark.node.CustomNode;

/** A policy placeholder that no value replaced, such as {@code {{refund.window.days}}}. */
final class UnresolvedParameter extends CustomNode {

    private final String name;
    private final String placeholder;

    UnresolvedParameter(String name, String placeholder) {
        this.name = name;
        this.placeholder = placeholder;
    }

    String name() {
        return name;
    }

    /** The placeholder as written, braces included. */
    String placeholder() {
        return placeholder;
    }
}
