package dev.launchdesk.shared;

/** The requested row does not exist, or is outside the actor's vendor scope (both answer 404). */
public class NotFoundException extends RuntimeException {

    /**
     * @param what the kind of thing, a text from the bundle ({@code UserTexts.of("problem.identity.token.what")}: "API token")
     * @param id the id that was asked for, repeated back as sent (never grouped like a number)
     */
    public NotFoundException(String what, Object id) {
        super(UserTexts.of("problem.shared.not-found", what, String.valueOf(id)));
    }
}
