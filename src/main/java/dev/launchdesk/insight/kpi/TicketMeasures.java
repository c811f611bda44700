package dev.launchdesk.insight.kpi;

/**
 * The additive sums behind every KPI, as kept per day and dimension combination in {@code ticket_day}. Sums of
 * slices are sums of their measures, so any grouping is computed from the roll-up. Durations are in seconds.
 * {@code orders} is the marketplace order volume of the slice's markets and days (0 when none was imported).
 */
public record TicketMeasures(long tickets, long contacts, long handleSeconds,
                             long responded, long responseSeconds, long responseInSla,
                             long resolved, long resolutionSeconds, long resolutionInSla,
                             long firstContactResolved, long reopened,
                             long csatResponses, long csatSatisfied, long csatPoints,
                             long orders) {

    public static final TicketMeasures NONE = new TicketMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public TicketMeasures plus(TicketMeasures o) {
        return new TicketMeasures(tickets + o.tickets, contacts + o.contacts, handleSeconds + o.handleSeconds,
                responded + o.responded, responseSeconds + o.responseSeconds, responseInSla + o.responseInSla,
                resolved + o.resolved, resolutionSeconds + o.resolutionSeconds, resolutionInSla + o.resolutionInSla,
                firstContactResolved + o.firstContactResolved, reopened + o.reopened,
                csatResponses + o.csatResponses, csatSatisfied + o.csatSatisfied, csatPoints + o.csatPoints,
                orders + o.orders);
    }

    public TicketMeasures withOrders(long orderVolume) {
        return new TicketMeasures(tickets, contacts, handleSeconds, responded, responseSeconds, responseInSla, resolved,
                resolutionSeconds, resolutionInSla, firstContactResolved, reopened, csatResponses, csatSatisfied,
                csatPoints, orderVolume);
    }

    public double value(Kpi kpi) {
        return kpi.value(this);
    }
}
