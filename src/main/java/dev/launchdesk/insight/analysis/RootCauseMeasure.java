package dev.launchdesk.insight.analysis;

import java.util.function.ToLongFunction;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketMeasures;

/**
 * What the cube of a KPI counts ({@link Kpi#rootCauseMeasure}: tickets, reopened tickets, SLA misses, handle
 * seconds, ...) and what that count is a rate of: its exposure, the KPI's own denominator (resolved tickets for
 * the reopen rate, orders for the contact rate, ...). Volume has no exposure; it is expected per day.
 */
record RootCauseMeasure(String name, String exposureName, ToLongFunction<TicketMeasures> exposure, long displayDivisor) {

    static RootCauseMeasure of(Kpi kpi) {
        return switch (kpi) {
            case VOLUME -> new RootCauseMeasure("tickets", "days", null, 1);
            case CONTACT_RATE -> new RootCauseMeasure("tickets", "orders", TicketMeasures::orders, 1);
            case AHT -> new RootCauseMeasure("handle-seconds", "tickets", TicketMeasures::tickets, 3600);
            case FRT -> new RootCauseMeasure("response-wait-seconds", "responded tickets", TicketMeasures::responded, 3600);
            case RESOLUTION_TIME -> new RootCauseMeasure("resolution-seconds", "resolved tickets", TicketMeasures::resolved, 3600);
            case FCR -> new RootCauseMeasure("not-resolved-at-first-contact", "resolved tickets", TicketMeasures::resolved, 1);
            case REOPEN_RATE -> new RootCauseMeasure("reopened-tickets", "resolved tickets", TicketMeasures::resolved, 1);
            case CSAT -> new RootCauseMeasure("unsatisfied-csat-answers", "CSAT answers", TicketMeasures::csatResponses, 1);
            case SLA_FIRST_RESPONSE -> new RootCauseMeasure("first-response-sla-misses", "tickets", TicketMeasures::tickets, 1);
            case SLA_RESOLUTION -> new RootCauseMeasure("resolution-sla-misses", "tickets", TicketMeasures::tickets, 1);
        };
    }

    /** Whether the count is expected per day (volume) rather than as a rate of its exposure. */
    boolean perDay() {
        return exposure == null;
    }

    long exposureOf(TicketMeasures m) {
        return exposure.applyAsLong(m);
    }
}
