package dev.launchdesk.sop.library;

import java.time.Clock;

import org.springframework.stereotype.Component;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.sop.markdown.SopMarkdown;

/** Renders a version for reading: a variant with its market's policy values in force today, a master as written. */
@Component
public class SopRenderer {

    private final PolicyLookup policies;
    private final MarketDirectory markets;
    private final Clock clock;

    SopRenderer(PolicyLookup policies, MarketDirectory markets, Clock clock) {
        this.policies = policies;
        this.markets = markets;
        this.clock = clock;
    }

    public String render(SopDocument document, String body) {
        return document.isMaster() ? SopMarkdown.toHtml(body) : withValues(body, valuesToday(document.marketCode()));
    }

    /** Placeholders replaced by the values; unknown ones stay and are marked by the renderer. */
    public static String withValues(String body, java.util.Map<String, String> values) {
        return SopMarkdown.toHtml(SopMarkdown.resolve(body, values).markdown());
    }

    public java.util.Map<String, String> valuesToday(String marketCode) {
        return policies.valuesInForce(marketCode, markets.market(marketCode).today(clock));
    }
}
