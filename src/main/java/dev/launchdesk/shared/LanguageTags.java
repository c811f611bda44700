package dev.launchdesk.shared;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** BCP 47 language tags such as {@code en}, {@code id-ID}, {@code zh-Hant-TW}, kept in their canonical spelling. */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** Parses a comma- or space-separated list; returns the problem with the first bad tag, if any. */
    public static Optional<String> problemIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(UserTexts.of("problem.shared.languages.required"));
        }
        for (String tag : split(text)) {
            if (canonical(tag).isEmpty()) {
                return Optional.of(UserTexts.of("problem.shared.languages.invalid", Echoed.quoted(tag)));
            }
        }
        return Optional.empty();
    }

    /** The canonical tags of a valid list (call {@link #problemIn} first). */
    public static List<String> parse(String text) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : split(text)) {
            tags.add(canonical(tag).orElseThrow(() -> new IllegalArgumentException("not a language tag: " + tag)));
        }
        return List.copyOf(tags);
    }

    public static String join(List<String> tags) {
        return String.join(",", tags);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Optional<String> canonical(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            if (locale.getLanguage().isEmpty() || !isKnownLanguage(locale.getLanguage())) {
                return Optional.empty();
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static boolean isKnownLanguage(String language) {
        return language.length() == 2
                ? Arrays.asList(Locale.getISOLanguages()).contains(language)
                : language.length() == 3;
    }
}
