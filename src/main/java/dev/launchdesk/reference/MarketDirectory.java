package dev.launchdesk.reference;

import java.util.List;

/**
 * Query interface for other modules: the markets and their policy parameters, read-only. Other modules depend on this
 * instead of {@link MarketCatalog}, whose writing use cases (creating markets, recording parameters) are the reference
 * module's own.
 */
public interface MarketDirectory extends PolicyLookup {

    /** Every market, ordered by region and name. */
    List<Market> markets();

    /** The market with this code (any case); a {@link dev.launchdesk.shared.NotFoundException} when there is none. */
    Market market(String code);

    /** Every value recorded for the market's policy parameters (past and scheduled) with its effective date, by key. */
    List<PolicyParameter> history(String marketCode);
}
