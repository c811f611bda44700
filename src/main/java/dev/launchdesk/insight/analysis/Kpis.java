package dev.launchdesk.insight.analysis;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;

/** The parameter names of the KPIs and dimensions, for messages that list the allowed values. */
final class Kpis {

    private Kpis() {
    }

    static String parameters() {
        return Arrays.stream(Kpi.values()).map(Kpi::parameter).collect(Collectors.joining(", "));
    }

    static String dimensionParameters() {
        return Arrays.stream(TicketDimension.values()).map(TicketDimension::parameter).collect(Collectors.joining(", "));
    }
}
