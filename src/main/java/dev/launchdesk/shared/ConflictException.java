package dev.launchdesk.shared;

/**
 * The change cannot be applied to the current state, e.g. someone else saved first (optimistic locking). The message is
 * a text from the bundle ({@link UserTexts}).
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** @param what the thing that was changed, a text from the bundle ("User anna", from {@code problem.identity.user.what}) */
    public static ConflictException staleVersion(String what) {
        return new ConflictException(UserTexts.of("problem.shared.stale-version", what));
    }
}
