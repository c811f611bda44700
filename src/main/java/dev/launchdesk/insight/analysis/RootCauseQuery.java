package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/**
 * One root-cause analysis over two periods: which KPI, the comparison and baseline periods, which tickets (filters
 * per dimension) and the dimensions whose value combinations form the cube's leaves.
 */
public record RootCauseQuery(Kpi kpi, ComparedPeriods periods, Map<TicketDimension, List<String>> filters,
                             List<TicketDimension> dimensions, OverallChange overallChange) {

    /** Analysed when the analyst does not choose: the operational dimensions (launch and SOP version on request). */
    public static final List<TicketDimension> DEFAULT_DIMENSIONS = List.of(TicketDimension.MARKET, TicketDimension.VENDOR,
            TicketDimension.SITE, TicketDimension.CHANNEL, TicketDimension.CATEGORY);

    public RootCauseQuery {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(overallChange, "overallChange");
        EnumMap<TicketDimension, List<String>> copy = new EnumMap<>(TicketDimension.class);
        (filters == null ? Map.<TicketDimension, List<String>>of() : filters).forEach((d, values) -> {
            List<String> kept = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
            if (!kept.isEmpty()) {
                copy.put(d, kept);
            }
        });
        filters = Map.copyOf(copy);
        dimensions = dimensions == null || dimensions.isEmpty() ? DEFAULT_DIMENSIONS : dimensions.stream().distinct().toList();
    }

    /**
     * The analysis the raw input asks for. Every rule broken is reported at once, each naming its field:
     * {@code kpi}, {@code from}, {@code to}, {@code baselineFrom}, {@code baselineTo}, {@code dimensions},
     * {@code overallChange} and {@code <filterPrefix><dimension>} for a filter (e.g. {@code filters.market}).
     * Without a baseline, the four weeks before {@code from} are the baseline.
     */
    public static RootCauseQuery parse(Input input, String filterPrefix) {
        InputCheck check = new InputCheck();
        Optional<Kpi> kpi = Kpi.fromParameter(input.kpi());
        check.require(input.kpi() != null && !input.kpi().isBlank(), "kpi", UserTexts.of("problem.insight.rca.kpi-required"));
        check.require(input.kpi() == null || input.kpi().isBlank() || kpi.isPresent(), "kpi",
                UserTexts.of("problem.insight.rca.kpi-unknown", Echoed.quoted(input.kpi()), Kpis.parameters()));
        LocalDate from = day(check, "from", input.from());
        LocalDate to = day(check, "to", input.to());
        boolean noBaseline = blank(input.baselineFrom()) && blank(input.baselineTo());
        LocalDate baselineFrom = noBaseline && from != null ? from.minusDays(28) : day(check, "baselineFrom", input.baselineFrom());
        LocalDate baselineTo = noBaseline && from != null ? from.minusDays(1) : day(check, "baselineTo", input.baselineTo());
        List<TicketDimension> dimensions = dimensions(check, input.dimensions());
        Map<TicketDimension, List<String>> filters = filters(check, input.filters(), filterPrefix);
        Optional<OverallChange> overall = blank(input.overallChange()) ? Optional.of(OverallChange.KEEP)
                : OverallChange.fromParameter(input.overallChange());
        check.require(overall.isPresent(), "overallChange", UserTexts.of("problem.insight.rca.overall-change"));
        ComparedPeriods periods = periods(check, from, to, baselineFrom, baselineTo);
        check.throwIfInvalid();
        return new RootCauseQuery(kpi.orElseThrow(), periods, filters, dimensions, overall.orElseThrow());
    }

    /** The raw input of an analysis, as a form, query string or JSON body gives it. */
    public record Input(String kpi, String from, String to, String baselineFrom, String baselineTo,
                        Map<String, List<String>> filters, List<String> dimensions, String overallChange) {
    }

    private static ComparedPeriods periods(InputCheck check, LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo) {
        if (from == null || to == null || baselineFrom == null || baselineTo == null) {
            return null;
        }
        try {
            return new ComparedPeriods(from, to, baselineFrom, baselineTo);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> check.add(p.field(), p.message()));
            return null;
        }
    }

    private static LocalDate day(InputCheck check, String field, String text) {
        if (blank(text)) {
            check.add(field, UserTexts.of("problem.insight.period.first-required"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            check.add(field, UserTexts.of("problem.insight.rca.day-invalid", Echoed.quoted(text)));
            return null;
        }
    }

    private static List<TicketDimension> dimensions(InputCheck check, List<String> names) {
        List<TicketDimension> dimensions = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name == null ? new String[0] : name.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<TicketDimension> d = TicketDimension.fromParameter(part);
                check.require(d.isPresent(), "dimensions",
                        UserTexts.of("problem.insight.rca.dimension-unknown", Echoed.quoted(part.trim()), Kpis.dimensionParameters()));
                d.ifPresent(dimensions::add);
            }
        }
        return dimensions;
    }

    private static Map<TicketDimension, List<String>> filters(InputCheck check, Map<String, List<String>> raw, String prefix) {
        Map<TicketDimension, List<String>> filters = new EnumMap<>(TicketDimension.class);
        (raw == null ? Map.<String, List<String>>of() : raw).forEach((name, values) -> {
            Optional<TicketDimension> d = TicketDimension.fromParameter(name);
            if (d.isEmpty()) {
                check.add(prefix + name,
                        UserTexts.of("problem.insight.rca.filter-dimension-unknown", Echoed.quoted(name), Kpis.dimensionParameters()));
                return;
            }
            List<String> kept = values == null ? List.of() : values.stream().filter(v -> v != null).toList();
            check.require(kept.stream().allMatch(v -> v.length() <= 80), prefix + name,
                    UserTexts.of("problem.insight.rca.filter-value-too-long"));
            filters.put(d.get(), kept);
        });
        return filters;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
