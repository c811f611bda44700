package dev.launchdesk.shared;

/** The change cannot be applied to the current state, e.g. someone else saved first (optimistic locking). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String what) {
        return new ConflictException(what + " was changed by someone else since you opened it; reload and apply your change again");
    }
}
