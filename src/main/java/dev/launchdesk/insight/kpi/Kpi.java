package dev.launchdesk.insight.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The support KPIs and their formulas over {@link TicketMeasures}. Every KPI is a ratio of two additive sums,
 * so it can be computed for any slice from the daily roll-up; {@link #value} is {@code NaN} when the denominator
 * is zero (no data, shown as "–"). {@link #rootCauseMeasure} is the additive count whose rise explains a worse
 * value, which is what the root-cause analysis localises (RiskLoc works on additive measures).
 */
public enum Kpi {
    /** Tickets created. */
    VOLUME("volume", "Tickets", Unit.COUNT, false, TicketMeasures::tickets, m -> 1, TicketMeasures::tickets),
    /** Tickets per 1,000 marketplace orders of the slice's markets and days. */
    CONTACT_RATE("contact-rate", "Contact rate per 1,000 orders", Unit.PER_THOUSAND, false,
            m -> m.tickets() * 1000, TicketMeasures::orders, TicketMeasures::tickets),
    /** Mean handle time per ticket, minutes. */
    AHT("aht", "Average handle time", Unit.MINUTES, false,
            TicketMeasures::handleSeconds, m -> m.tickets() * 60, TicketMeasures::handleSeconds),
    /** Mean time from creation to first response over responded tickets, minutes. */
    FRT("frt", "First response time", Unit.MINUTES, false,
            TicketMeasures::responseSeconds, m -> m.responded() * 60, TicketMeasures::responseSeconds),
    /** Mean time from creation to resolution over resolved tickets, hours. */
    RESOLUTION_TIME("resolution-time", "Resolution time", Unit.HOURS, false,
            TicketMeasures::resolutionSeconds, m -> m.resolved() * 3600, TicketMeasures::resolutionSeconds),
    /** Share of resolved tickets resolved in one contact and never reopened. */
    FCR("fcr", "First-contact resolution", Unit.PERCENT, true,
            m -> m.firstContactResolved() * 100, TicketMeasures::resolved, m -> m.resolved() - m.firstContactResolved()),
    /** Share of resolved tickets that were reopened. */
    REOPEN_RATE("reopen-rate", "Reopen rate", Unit.PERCENT, false,
            m -> m.reopened() * 100, TicketMeasures::resolved, TicketMeasures::reopened),
    /** Share of CSAT answers that are 4 or 5 on the 1–5 scale. */
    CSAT("csat", "CSAT (4–5 of 5)", Unit.PERCENT, true,
            m -> m.csatSatisfied() * 100, TicketMeasures::csatResponses, m -> m.csatResponses() - m.csatSatisfied()),
    /** Share of tickets first answered within the market's sla.first_response.hours in force on the ticket's day. */
    SLA_FIRST_RESPONSE("sla-first-response", "First-response SLA attainment", Unit.PERCENT, true,
            m -> m.responseInSla() * 100, TicketMeasures::tickets, m -> m.tickets() - m.responseInSla()),
    /** Share of tickets resolved within the market's sla.resolution.hours in force on the ticket's day. */
    SLA_RESOLUTION("sla-resolution", "Resolution SLA attainment", Unit.PERCENT, true,
            m -> m.resolutionInSla() * 100, TicketMeasures::tickets, m -> m.tickets() - m.resolutionInSla());

    public enum Unit { COUNT, PER_THOUSAND, MINUTES, HOURS, PERCENT }

    /** Days after which a day's tickets are mostly resolved (and rated), so its resolution-based KPIs have settled. */
    public static final int RESOLUTION_SETTLE_DAYS = 3;

    private final String parameter;
    private final String label;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final ToLongFunction<TicketMeasures> numerator;
    private final ToLongFunction<TicketMeasures> denominator;
    private final ToLongFunction<TicketMeasures> rootCauseMeasure;

    Kpi(String parameter, String label, Unit unit, boolean higherIsBetter, ToLongFunction<TicketMeasures> numerator,
        ToLongFunction<TicketMeasures> denominator, ToLongFunction<TicketMeasures> rootCauseMeasure) {
        this.parameter = parameter;
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.numerator = numerator;
        this.denominator = denominator;
        this.rootCauseMeasure = rootCauseMeasure;
    }

    public double value(TicketMeasures m) {
        long below = denominator.applyAsLong(m);
        return below == 0 ? Double.NaN : (double) numerator.applyAsLong(m) / below;
    }

    /**
     * How many things the KPI is a share, mean or rate of: resolved tickets for the reopen rate and FCR, CSAT answers
     * for CSAT, tickets for the handle time and the SLA shares, responded tickets for the first response time,
     * resolved tickets for the resolution time, orders for the contact rate; 1 for the volume, a count itself. The
     * smaller it is, the more the KPI wobbles by chance alone.
     */
    public long denominatorCount(TicketMeasures m) {
        return switch (unit) {
            case MINUTES -> denominator.applyAsLong(m) / 60;
            case HOURS -> denominator.applyAsLong(m) / 3600;
            default -> denominator.applyAsLong(m);
        };
    }

    /** The additive count whose increase makes this KPI worse (tickets, reopened tickets, SLA misses, ...). */
    public long rootCauseMeasure(TicketMeasures m) {
        return rootCauseMeasure.applyAsLong(m);
    }

    /** Whether the KPI moves while a day's tickets are still being resolved and rated (see {@link #RESOLUTION_SETTLE_DAYS}). */
    public boolean waitsForResolution() {
        return switch (this) {
            case RESOLUTION_TIME, FCR, REOPEN_RATE, CSAT, SLA_RESOLUTION -> true;
            default -> false;
        };
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static Optional<Kpi> fromParameter(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.parameter.equals(wanted) || k.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
