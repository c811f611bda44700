package dev.launchdesk.insight.ingest;

/** What a file holds: helpdesk tickets or marketplace order volume per market and day. */
public enum ImportKind {
    TICKETS, ORDERS
}
