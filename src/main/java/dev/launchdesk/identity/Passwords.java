package dev.launchdesk.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import dev.launchdesk.shared.UserTexts;

/**
 * The rule for passwords people choose: at least 10 characters, at most bcrypt's 72 bytes, and not guessable. Guessable
 * is judged by zxcvbn (Dropbox's estimator, ported to Java): common passwords, repeats ({@code aaaaaaaaaa}), sequences,
 * keyboard walks, dates, and the user's own name and username all count as cheap guesses. A password must score at
 * least {@link #MIN_SCORE} ("safely unguessable": more than 10^8 guesses).
 */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MIN_SCORE = 3;

    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private Passwords() {
    }

    /** What is wrong with a new password, if anything; the user's own words (username, name, e-mail) make it weaker. */
    static Optional<String> problemIn(String password, String... ownWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(UserTexts.of("problem.identity.password.too-short", String.valueOf(MIN_LENGTH)));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            return Optional.of(UserTexts.of("problem.identity.password.too-long"));
        }
        if (password.isBlank()) {
            return Optional.of(UserTexts.of("problem.identity.password.blank"));
        }
        Strength strength = STRENGTH.measure(password, words(ownWords));
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(UserTexts.of("problem.identity.password.weak", advice(strength)));
        }
        return Optional.empty();
    }

    private static List<String> words(String... ownWords) {
        return Stream.concat(Stream.of("launchdesk"), Arrays.stream(ownWords).filter(Objects::nonNull)
                        .flatMap(word -> Stream.concat(Stream.of(word), Arrays.stream(word.split("[\\s@._-]+")))))
                .filter(word -> word.length() >= 3).toList();
    }

    private static String advice(Strength strength) {
        String warning = strength.getFeedback().getWarning();
        String hint = warning == null || warning.isBlank() ? "" : warning.strip();
        return hint.isEmpty() ? "" : ": " + hint;
    }
}
