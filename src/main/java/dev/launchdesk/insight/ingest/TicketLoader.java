package dev.launchdesk.insight.ingest;

import java.time.Clock;
import java.time.Duration;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;

/**
 * Ticket files: read through a column mapping when the file is a helpdesk's own export, checked by {@link TicketParser}
 * against the reference data of this import, merged by {@link TicketStore}.
 */
final class TicketLoader implements RowLoader<TicketRow> {

    private final TicketStore store;
    private final TicketParser parser;
    private final TicketReference reference;
    private final TicketMapping mapping;
    private Staging<TicketRow> staging;

    /** {@code mapping}: how to read a helpdesk's own export, or {@code null} for LaunchDesk's columns. */
    TicketLoader(TicketStore store, MarketDirectory markets, VendorDirectory vendors, Clock clock, TicketMapping mapping) {
        this.store = store;
        this.reference = new TicketReference(markets, vendors);
        this.parser = new TicketParser(reference, clock.instant().plus(Duration.ofHours(1)));
        this.mapping = mapping;
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
        if (mapping == null || record.problem() != null) {
            return parser.parse(record);
        }
        RawRecord ticket = mapping.toTicketRecord(record, reference);
        try {
            return parser.parse(ticket);
        } catch (RowProblem.Rejected e) {
            // the problem names the file's column, as the user knows it
            throw new RowProblem.Rejected(mapping.fileColumn(e.column), e.getMessage());
        }
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
