package dev.launchdesk.insight.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket row that passed every check, with what the import derives from it: the market-local creation day,
 * seconds to first response and to resolution, first-contact resolution and the SLA verdicts against the market's
 * {@code sla.first_response.hours} / {@code sla.resolution.hours} in force on that day.
 */
record TicketRow(long rowNumber, String ticketId, Instant createdAt, LocalDate createdDay, Instant firstResponseAt,
                 Instant resolvedAt, String market, String vendor, String site, String channel, String category,
                 int handleSeconds, Integer csat, boolean reopened, int contactCount, String launchKey, String sopKey,
                 int sopVersion, boolean responseInSla, boolean resolutionInSla, Integer responseSeconds,
                 Integer resolutionSeconds, boolean firstContactResolved) {
}
