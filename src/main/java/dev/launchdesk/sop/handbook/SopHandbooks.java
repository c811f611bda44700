package dev.launchdesk.sop.handbook;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.markdown.SopMarkdown;
import dev.launchdesk.sop.translation.SopSegmenter;
import dev.launchdesk.sop.translation.SopTranslationDesk;

/**
 * A market's (or one vendor's) handbook in one of the market's languages: for every master SOP the version in force
 * there — the vendor's variant, else the market's variant, else the master — with the market's policy values filled
 * in. An SOP written in another language is shown in its up-to-date translation where there is one, passage by
 * passage, and in its own language otherwise, marked as such.
 */
@Service
public class SopHandbooks {

    private final SopLibrary library;
    private final MarketDirectory markets;
    private final PolicyLookup policies;
    private final VendorDirectory vendors;
    private final SopTranslationDesk translations;
    private final HandbookRenderer renderer = new HandbookRenderer();
    private final Clock clock;

    SopHandbooks(SopLibrary library, MarketDirectory markets, PolicyLookup policies, VendorDirectory vendors,
                 SopTranslationDesk translations, Clock clock) {
        this.library = library;
        this.markets = markets;
        this.policies = policies;
        this.vendors = vendors;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * @param language one of the market's languages; {@code null} for its first (main) one
     * @throws InvalidInputException naming {@code language} when the market does not use it
     */
    public Handbook handbook(String marketCode, UUID vendorId, VendorScope scope, String language) {
        Market market = markets.market(marketCode);
        String lang = languageOf(market, language);
        if (scope.isRestricted() && (vendorId == null || !scope.permits(vendorId))) {
            vendorId = scope.vendorIdOrNull();
        }
        String vendorName = vendorId == null ? null : vendors.vendorName(vendorId)
                .orElseThrow(() -> InvalidInputException.of("vendorId", UserTexts.of("problem.sop.handbook.no-such-vendor"))).name();
        LocalDate today = market.today(clock);
        Map<String, String> values = policies.valuesInForce(market.code(), today);
        List<HandbookSop> sops = new ArrayList<>();
        for (SopLibrary.InForce sop : library.inForceFor(market.code(), vendorId)) {
            sops.add(inLanguage(sop, lang, values));
        }
        sops.sort(Comparator.comparing(HandbookSop::sopKey));
        return new Handbook(Handbook.titleFor(lang, market.name(), vendorName), market.name(), market.code(), vendorName, lang, today, sops);
    }

    /** The market's languages in its order; the first is its main one. */
    public List<String> languagesOf(String marketCode) {
        return markets.market(marketCode).languages();
    }

    private static String languageOf(Market market, String language) {
        if (market.languages().isEmpty()) {
            return language == null || language.isBlank() ? "en" : language;
        }
        if (language == null || language.isBlank()) {
            return market.languages().get(0);
        }
        return market.languages().stream().filter(l -> l.equalsIgnoreCase(language.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("language", UserTexts.of("problem.sop.handbook.not-a-language", Echoed.quoted(language),
                        market.name(), market.languages().toString())));
    }

    /** The SOP as written, or in its translation into the language with the source language's passages marked. */
    private HandbookSop inLanguage(SopLibrary.InForce sop, String language, Map<String, String> values) {
        SopDocument document = sop.document();
        SopVersion v = sop.version();
        if (document.language().equalsIgnoreCase(language)) {
            return new HandbookSop(document.key(), v.title(), document.category(), v.number(), v.effectiveDate(), v.reviewBy(),
                    SopMarkdown.resolve(v.body(), values).markdown());
        }
        boolean translatable = translations.languagesOf(document).stream().anyMatch(language::equalsIgnoreCase);
        SopTranslationDesk.InLanguage text = translatable
                ? translations.inLanguage(document, language, SopHandbooks::marked)
                : new SopTranslationDesk.InLanguage(v.body(), SopSegmenter.segment(v.body()).segments().size(),
                        SopSegmenter.segment(v.body()).segments().size());
        String body = text.untranslatedPassages() == text.passages() ? v.body() : text.markdown();
        return new HandbookSop(document.key(), v.title(), document.category(), v.number(), v.effectiveDate(), v.reviewBy(),
                SopMarkdown.resolve(body, values).markdown(), document.language(), text.passages(), text.untranslatedPassages());
    }

    private static String marked(String sourcePassage) {
        return HandbookSop.UNTRANSLATED_START + sourcePassage + HandbookSop.UNTRANSLATED_END;
    }

    public String html(Handbook handbook) {
        return renderer.toHtml(handbook);
    }

    public byte[] pdf(Handbook handbook) {
        return renderer.toPdf(handbook);
    }
}
