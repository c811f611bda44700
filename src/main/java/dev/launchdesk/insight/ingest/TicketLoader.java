package dev.launchdesk.insight.ingest;

import java.time.Clock;
import java.time.Duration;

import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.VendorNetwork;

/** Ticket files: checked by {@link TicketParser} against the reference data of this import, merged by {@link TicketStore}. */
final class TicketLoader implements RowLoader<TicketRow> {

    private final TicketStore store;
    private final TicketParser parser;
    private Staging<TicketRow> staging;

    TicketLoader(TicketStore store, MarketCatalog markets, VendorNetwork vendors, Clock clock) {
        this.store = store;
        this.parser = new TicketParser(new TicketReference(markets, vendors), clock.instant().plus(Duration.ofHours(1)));
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TICKETS;
    }

    @Override
    public ImportColumns columns() {
        return TicketParser.COLUMNS;
    }

    @Override
    public TicketRow parse(RawRecord record) {
        return parser.parse(record);
    }

    @Override
    public Staging<TicketRow> openStaging(long importId) {
        staging = store.openStaging(importId);
        return staging;
    }

    @Override
    public Merged merge(long importId) {
        return store.merge(importId, staging);
    }
}
