package dev.launchdesk.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Texts for people (flash notices, problems shown on a page) from the message bundles, in the language of the current
 * request. The same bundles as the templates' {@code #{...}} ({@code spring.messages.basename}: messages and
 * agent-messages, UTF-8, no fallback to the server's locale). A text with arguments is a {@link java.text.MessageFormat} pattern ({@code ''} for an apostrophe);
 * pass numbers as strings when they must not be grouped.
 */
public final class UserTexts {

    private static final ResourceBundleMessageSource BUNDLES = bundles();

    private UserTexts() {
    }

    /** The text of the key with its arguments; a missing key fails loudly (MessageBundleTests finds it first). */
    public static String of(String key, Object... arguments) {
        return BUNDLES.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("messages", "agent-messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
