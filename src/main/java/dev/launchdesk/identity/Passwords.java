package dev.launchdesk.identity;

import java.util.Optional;

/** The rule for passwords people choose. */
final class Passwords {

    static final int MIN_LENGTH = 10;

    private Passwords() {
    }

    static Optional<String> problemIn(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return Optional.of("must be at most 72 bytes (72 Latin letters, fewer in other scripts)");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }
}
