package dev.launchdesk.insight.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Declares the KPI query's parameters on every handler marked {@link KpiQueryParameters}: they are parsed from the
 * request's parameter map (so that every problem is reported at once, naming its parameter), which springdoc cannot see.
 * Names and allowed values come from the same enums the parser uses.
 */
@Component
class KpiQueryDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        KpiQueryParameters marker = handler.getMethodAnnotation(KpiQueryParameters.class);
        if (marker == null) {
            return operation;
        }
        if (marker.comparison()) {
            operation.addParametersItem(query("around", new DateSchema(), "the day the comparison centres on (or launchKey, or sopVersion)"));
            operation.addParametersItem(query("launchKey", new StringSchema(), "centre on the launch's go-live: its first day with tickets"));
            operation.addParametersItem(query("sopVersion", new StringSchema().example("SPS-RFD-001 v2"),
                    "centre on the SOP version's effective date: key and version, 'SPS-RFD-001 v2'"));
            operation.addParametersItem(query("days", new IntegerSchema().minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(CompareParameters.MAX_DAYS))._default(CompareParameters.DEFAULT_DAYS),
                    "days before and from the centre"));
        }
        if (marker.rootCause()) {
            operation.addParametersItem(query("kpi", names(Kpi.values()), "the KPI whose change is analysed").required(true));
            operation.addParametersItem(query("baselineFrom", new DateSchema(), "first day of the baseline; default: four weeks before 'from'"));
            operation.addParametersItem(query("baselineTo", new DateSchema(), "last day of the baseline"));
            operation.addParametersItem(repeated("dimensions", names(TicketDimension.values()),
                    "dimensions to search; comma-separate; default market, vendor, site, channel, category"));
            operation.addParametersItem(query("overallChange", new StringSchema()._enum(List.of("keep", "discount")),
                    "keep (default) or discount the change all slices share"));
        }
        if (marker.range()) {
            operation.addParametersItem(query("from", new DateSchema(), "first day (market-local); default: "
                    + KpiParameters.DEFAULT_DAYS + " days up to 'to'"));
            operation.addParametersItem(query("to", new DateSchema(), "last day; default: the last day with tickets"));
        }
        if (marker.grouping()) {
            operation.addParametersItem(query("granularity", names(Granularity.values()), "rows per day, week or the whole range"));
            operation.addParametersItem(repeated("groupBy", names(TicketDimension.values()), "dimensions to group by; repeat or comma-separate"));
            operation.addParametersItem(repeated("kpi", names(Kpi.values()), "KPIs to compute; repeat or comma-separate; default all"));
        }
        for (TicketDimension dimension : TicketDimension.values()) {
            operation.addParametersItem(repeated(dimension.parameter(), new StringSchema(),
                    "only tickets with this " + dimension.label().toLowerCase() + "; repeat for several"));
        }
        return operation;
    }

    private static Parameter query(String name, Schema<?> schema, String description) {
        return new Parameter().in("query").name(name).required(false).schema(schema).description(description);
    }

    private static Parameter repeated(String name, Schema<?> items, String description) {
        return query(name, new ArraySchema().items(items), description).style(Parameter.StyleEnum.FORM).explode(true);
    }

    private static StringSchema names(Enum<?>[] values) {
        StringSchema schema = new StringSchema();
        Arrays.stream(values).map(KpiQueryDocumentation::parameterName).forEach(schema::addEnumItem);
        return schema;
    }

    private static String parameterName(Enum<?> value) {
        if (value instanceof Kpi kpi) {
            return kpi.parameter();
        }
        if (value instanceof TicketDimension dimension) {
            return dimension.parameter();
        }
        return value.name().toLowerCase(Locale.ROOT);
    }
}
