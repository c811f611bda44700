package dev.launchdesk.sop.search;

/**
 * What an agent typed, plus optional filters. Any text is accepted: query syntax has no meaning
 * here, so quotes, {@code AND}, {@code *} or brackets are just characters. A blank text finds nothing.
 *
 * <p>The last word is also matched as a prefix unless the text ends with a space, so results follow
 * the agent while typing.
 *
 * @param text       free text; {@code null} or blank finds nothing
 * @param marketCode only SOPs of this market (case-insensitive); {@code null} for all
 * @param language   only SOPs in this language (BCP 47, matched on the primary subtag, so {@code th}
 *                   finds {@code th-TH}); the text is then analysed for that language alone. {@code null}
 *                   searches every language, each with its own analysis
 * @param category   only this category (case-insensitive); {@code null} for all
 * @param status     only this status (case-insensitive); {@code null} for all
 * @param limit      at most this many hits; values below 1 mean {@value #DEFAULT_LIMIT}, above
 *                   {@value #MAX_LIMIT} are capped
 */
public record SopQuery(String text, String marketCode, String language, String category, String status, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public SopQuery {
        limit = limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    /** Free text over every market and language. */
    public static SopQuery of(String text) {
        return new SopQuery(text, null, null, null, null, DEFAULT_LIMIT);
    }
}
