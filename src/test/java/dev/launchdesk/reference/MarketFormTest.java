package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;

class MarketFormTest {

    @Test
    void acceptsARealMarket() {
        assertThatNoException().isThrownBy(() ->
                new MarketForm("id", "Indonesia", Region.SEA, "Asia/Jakarta", "idr", "id, en", null).check());
    }

    @Test
    void namesEveryBrokenField() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () ->
                new MarketForm("XX", " ", null, "Asia/Atlantis", "EUX", "klingon", null).check());
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("code", "name", "region", "timezone", "currency", "languages");
    }

    @Test
    void rejectsCurrencyThatIsNotIso4217() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () ->
                new MarketForm("GB", "United Kingdom", Region.EU, "Europe/London", "UKP", "en", null).check());
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("currency");
    }

    @Test
    void policyKeysAreDottedLowerCaseNames() {
        assertThatNoException().isThrownBy(() ->
                new PolicyParameterForm("sla.first_response.hours", "4", java.time.LocalDate.of(2026, 1, 1), null).check());
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () ->
                new PolicyParameterForm("Refund Window", "", null, null).check());
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("key", "value", "effectiveFrom");
    }
}
