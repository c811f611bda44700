package dev.launchdesk.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Texts for people (flash notices, problems shown on a page) from the message bundles, in the language of the current
 * request. The same bundles as the templates' {@code #{...}} ({@code spring.messages.basename}: messages and
 * agent-messages, UTF-8, no fallback to the server's locale). A text with arguments is a {@link java.text.MessageFormat} pattern ({@code ''} for an apostrophe);
 * pass numbers as strings when they must not be grouped.
 *
 * <p><b>Problem texts</b> (issue #10) go the same way, resolved where the problem is found, in the language of the
 * request: the message of {@link InvalidInputException} and its {@code FieldProblem}, {@link InputCheck} rules,
 * {@link ConflictException}, {@link NotFoundException}, the import, roster and cube rejections and their row problems, and
 * the title and detail of a {@code ProblemDetail} are all {@code UserTexts.of(key, arguments...)}, e.g.
 * {@code InvalidInputException.of("validDays", UserTexts.of("problem.identity.token.valid-days", "1", MAX))}. The
 * exceptions keep their plain {@code String} message parameters (no key overloads): one way to say a text. Keys are
 * {@code problem.<module>.<subject>.<rule>} in messages.properties, or in agent-messages.properties (with every
 * language) when agents can read the text. The field name stays a literal: it is the name the API and forms use, not
 * a word for people. {@code web.ProblemTextsTests} fails on a string literal passed as such a message.
 */
public final class UserTexts {

    private static final ResourceBundleMessageSource BUNDLES = bundles();

    private UserTexts() {
    }

    /** The text of the key with its arguments; a missing key fails loudly (MessageBundleTests finds it first). */
    public static String of(String key, Object... arguments) {
        return BUNDLES.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The text of the key in the given language, for what is written outside a request (an e-mail to a user). */
    public static String in(Locale locale, String key, Object... arguments) {
        return BUNDLES.getMessage(key, arguments, locale);
    }

    /** Whether the bundles have a text for the key (in the current language or the default bundle). */
    public static boolean has(String key) {
        return BUNDLES.getMessage(key, null, null, LocaleContextHolder.getLocale()) != null;
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("messages", "agent-messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
