/**
 * Ticket and order-volume imports: streamed reading, row checks, staging, upsert and roll-up maintenance. Exposed to
 * other modules (the demo data loads its tickets through it) as the named interface "ingest".
 */
@org.springframework.modulith.NamedInterface("ingest")
package dev.launchdesk.insight.ingest;
