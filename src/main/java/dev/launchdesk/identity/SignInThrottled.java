package dev.launchdesk.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

import dev.launchdesk.shared.UserTexts;

/** A sign-in refused unchecked because its user or its client address failed too often lately. */
class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super(message(retryAfter));
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    static String message(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return UserTexts.of("login.locked", minutes);
    }
}
