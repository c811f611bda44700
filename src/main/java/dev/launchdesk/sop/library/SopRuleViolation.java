package dev.launchdesk.sop.library;

import dev.launchdesk.shared.ConflictException;

/** A workflow step that the version's state does not allow (e.g. approving your own version). */
public class SopRuleViolation extends ConflictException {

    public SopRuleViolation(String message) {
        super(message);
    }
}
