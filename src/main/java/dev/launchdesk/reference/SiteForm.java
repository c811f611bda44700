package dev.launchdesk.reference;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;

/**
 * A site as its form and the API take it.
 *
 * @param servesMarkets the markets the site serves besides its own, comma-separated ISO codes ("MY, GB, US"); empty for none
 */
public record SiteForm(String code, String name, String marketCode, String city, String languages, String servesMarkets, Integer version) {

    public static SiteForm blank() {
        return new SiteForm("", "", "", "", "", "", null);
    }

    public static SiteForm of(Site s) {
        return new SiteForm(s.code(), s.name(), s.marketCode(), s.city(), String.join(", ", s.languages()),
                String.join(", ", s.servesMarkets()), s.version());
    }

    /** The market codes of {@link #servesMarkets()}, upper case, without the site's own market and without repeats. */
    java.util.List<String> servedMarketCodes() {
        String own = marketCode == null ? "" : marketCode.trim().toUpperCase();
        return servesMarkets == null ? java.util.List.of() : java.util.Arrays.stream(servesMarkets.split("[,\\s]+"))
                .map(m -> m.trim().toUpperCase()).filter(m -> !m.isEmpty() && !m.equals(own)).distinct().sorted().toList();
    }

    void check() {
        checks().throwIfInvalid();
    }

    /** The rules of {@link #check()} plus the version an update must carry. */
    void checkUpdate() {
        checks().requireVersion(version).throwIfInvalid();
    }

    private InputCheck checks() {
        InputCheck check = new InputCheck()
                .require(code != null && code.trim().matches("[A-Za-z0-9][A-Za-z0-9_-]{1,29}"), "code",
                        UserTexts.of("problem.reference.site.code-form"))
                .require(name != null && !name.isBlank() && name.length() <= 100, "name",
                        UserTexts.of("problem.shared.field.required-at-most", "100"))
                .require(marketCode != null && !marketCode.isBlank(), "marketCode", UserTexts.of("problem.shared.field.required"))
                .require(city == null || city.length() <= 100, "city", UserTexts.of("problem.shared.field.at-most", "100"))
                .require(servesMarkets == null || servesMarkets.length() <= 200, "servesMarkets",
                        UserTexts.of("problem.shared.field.at-most", "200"));
        LanguageTags.problemIn(languages).ifPresent(p -> check.add("languages", p));
        return check;
    }
}
