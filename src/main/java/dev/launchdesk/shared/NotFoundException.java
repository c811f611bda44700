package dev.launchdesk.shared;

/** The requested row does not exist, or is outside the actor's vendor scope (both answer 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
