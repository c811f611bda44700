package dev.launchdesk.sop.handbook;

import java.util.Locale;
import java.util.ResourceBundle;

/** The handbook's fixed words in its own language, from {@code handbook[_lang].properties} next to this class. */
final class HandbookLabels {

    private static final String BUNDLE = "dev.launchdesk.sop.handbook.handbook";

    private final ResourceBundle bundle;

    private HandbookLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static HandbookLabels of(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new HandbookLabels(ResourceBundle.getBundle(BUNDLE, locale, HandbookLabels.class.getClassLoader(), control));
    }

    String get(String key) {
        return bundle.getString(key);
    }
}
