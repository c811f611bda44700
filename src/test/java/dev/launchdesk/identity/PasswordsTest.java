package dev.launchdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "1234567890", "qwertyuiop", "password123", "abcdefghij", "iloveyou12", "0000000000",
            "Password1!"})
    void repeatedSequentialAndCommonPasswordsAreRefused(String password) {
        assertThat(Passwords.problemIn(password)).hasValueSatisfying(problem -> assertThat(problem).startsWith("is too easy to guess"));
    }

    @Test
    void theUsersOwnNameAndTheProductsNameAreCheapGuesses() {
        assertThat(Passwords.problemIn("rina.hartono1", "rina.hartono", "Rina Hartono", "rina@ncs.example")).isPresent();
        assertThat(Passwords.problemIn("launchdesk2026")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Tr0ub4dor&3x", "Kopi susu di Sudirman 7", "a-long-enough-password"})
    void longOrUncommonPasswordsAreTaken(String password) {
        assertThat(Passwords.problemIn(password, "rina.hartono", "Rina Hartono")).isEmpty();
    }

    @Test
    void lengthRulesComeFirst() {
        assertThat(Passwords.problemIn("Xq7#p")).contains("must be at least 10 characters");
        assertThat(Passwords.problemIn("ก".repeat(30))).contains("must be at most 72 bytes (72 Latin letters, fewer in other scripts)");
    }
}
