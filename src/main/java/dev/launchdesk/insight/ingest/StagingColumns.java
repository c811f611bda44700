package dev.launchdesk.insight.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The ticket columns as staged and merged, in one order for COPY, batch inserts and the MERGE statements. */
final class StagingColumns {

    static final List<String> TICKET = List.of("ticket_id", "created_at", "created_day", "first_response_at", "resolved_at",
            "market_code", "vendor_code", "site_code", "channel", "category", "handle_seconds", "csat", "reopened",
            "contact_count", "launch_key", "sop_key", "sop_version", "response_in_sla", "resolution_in_sla",
            "response_seconds", "resolution_seconds", "first_contact_resolved");

    /** The columns of {@code ticket_import_row} after the import id, in {@link #values} order. */
    static final List<String> STAGED = java.util.stream.Stream.concat(java.util.stream.Stream.of("row_no"), TICKET.stream()).toList();

    /** The ticket columns of a staging table, without its row number. */
    static final String TICKET_COLUMNS_DDL = """
            ticket_id varchar(64) not null, created_at timestamp with time zone not null,
            created_day date not null, first_response_at timestamp with time zone, resolved_at timestamp with time zone,
            market_code varchar(2) not null, vendor_code varchar(20) not null, site_code varchar(30) not null,
            channel varchar(40) not null, category varchar(80) not null, handle_seconds integer not null, csat smallint,
            reopened boolean not null, contact_count integer not null, launch_key varchar(60) not null,
            sop_key varchar(40) not null, sop_version integer not null, response_in_sla boolean not null,
            resolution_in_sla boolean not null, response_seconds integer, resolution_seconds integer,
            first_contact_resolved boolean not null""";

    private StagingColumns() {
    }

    /** The values of a ticket row in {@link #TICKET} order, preceded by its row number. */
    static Object[] values(TicketRow t) {
        return new Object[] {t.rowNumber(), t.ticketId(), timestamp(t.createdAt()), java.sql.Date.valueOf(t.createdDay()),
                timestamp(t.firstResponseAt()), timestamp(t.resolvedAt()), t.market(), t.vendor(), t.site(), t.channel(),
                t.category(), t.handleSeconds(), t.csat(), t.reopened(), t.contactCount(), t.launchKey(), t.sopKey(),
                t.sopVersion(), t.responseInSla(), t.resolutionInSla(), t.responseSeconds(), t.resolutionSeconds(),
                t.firstContactResolved()};
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
