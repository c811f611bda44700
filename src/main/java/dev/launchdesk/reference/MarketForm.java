package dev.launchdesk.reference;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;

/** What a person types to create or change a market. */
public record MarketForm(String code, String name, Region region, String timezone, String currency, String languages, Integer version) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static MarketForm of(Market market) {
        return new MarketForm(market.code(), market.name(), market.region(), market.timezone(), market.currency(),
                String.join(", ", market.languages()), market.version());
    }

    public static MarketForm blank() {
        return new MarketForm("", "", Region.SEA, "", "", "", null);
    }

    void check() {
        checks().throwIfInvalid();
    }

    /** The rules of {@link #check()} plus the version an update must carry. */
    void checkUpdate() {
        checks().requireVersion(version).throwIfInvalid();
    }

    private InputCheck checks() {
        InputCheck check = new InputCheck();
        check.require(code != null && COUNTRIES.contains(code.trim().toUpperCase()), "code",
                UserTexts.of("problem.reference.market.code-form"));
        check.require(name != null && !name.isBlank() && name.length() <= 100, "name",
                UserTexts.of("problem.shared.field.required-at-most", "100"));
        check.require(region != null, "region", UserTexts.of("problem.shared.field.required"));
        check.require(isZone(timezone), "timezone", UserTexts.of("problem.reference.market.timezone-invalid"));
        check.require(isCurrency(currency), "currency", UserTexts.of("problem.reference.market.currency-invalid"));
        LanguageTags.problemIn(languages).ifPresent(p -> check.add("languages", p));
        return check;
    }

    String normalizedCode() {
        return code.trim().toUpperCase();
    }

    private static boolean isZone(String value) {
        return value != null && ZoneId.getAvailableZoneIds().contains(value.trim());
    }

    private static boolean isCurrency(String value) {
        if (value == null || !value.trim().matches("[A-Za-z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(value.trim().toUpperCase());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
