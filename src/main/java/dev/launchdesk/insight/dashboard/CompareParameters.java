package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/**
 * What a before/after comparison is around: a date ({@code around}), a launch ({@code launchKey}: its go-live) or an
 * SOP version ({@code sopVersion=KEY vN}: its effective date); exactly one. {@code days} (1–180, default 14) on each
 * side, and the usual KPI filters ({@code market=}, {@code vendor=}, ...) apply to both sides.
 */
public record CompareParameters(LocalDate around, String launchKey, String sopKey, Integer sopVersion, int days,
                         KpiParameters filters) {

    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 180;
    private static final Pattern SOP_VERSION = Pattern.compile("(.+?)\\s*v(\\d{1,6})");

    public boolean chosen() {
        return around != null || launchKey != null || sopKey != null;
    }

    /** The KPI the trend chart shows first. */
    public Kpi kpi() {
        return filters.primaryKpi();
    }

    /**
     * Parses the parameters; none of around / launchKey / sopVersion is fine here (the page then only offers them).
     * Every problem is reported at once, each naming its field.
     */
    static CompareParameters parse(MultiValueMap<String, String> params) {
        Optional<String> around = KpiParameters.first(params, "around");
        Optional<String> launch = KpiParameters.first(params, "launchKey").map(String::trim);
        Optional<String> sop = KpiParameters.first(params, "sopVersion").map(String::trim);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        int given = (around.isPresent() ? 1 : 0) + (launch.isPresent() ? 1 : 0) + (sop.isPresent() ? 1 : 0);
        if (given > 1) {
            problems.add(new InvalidInputException.FieldProblem("around", UserTexts.of("problem.insight.before-after.around-only-one")));
        }
        LocalDate date = around.map(value -> collect(problems, () -> date(value))).orElse(null);
        String sopKey = null;
        Integer version = null;
        if (sop.isPresent()) {
            Matcher m = SOP_VERSION.matcher(sop.get());
            if (m.matches()) {
                sopKey = m.group(1).trim();
                version = Integer.parseInt(m.group(2));
            } else {
                problems.add(new InvalidInputException.FieldProblem("sopVersion",
                        UserTexts.of("problem.insight.before-after.sop-version-invalid", Echoed.quoted(sop.get()))));
            }
        }
        Integer days = KpiParameters.first(params, "days").map(value -> collect(problems, () -> days(value))).orElse(DEFAULT_DAYS);
        KpiParameters filters = collect(problems, () -> KpiParameters.parse(params, Granularity.DAY));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CompareParameters(date, launch.orElse(null), sopKey, version, days, filters);
    }

    /** The parsed value, or null with the parser's problems added to the list. */
    private static <T> T collect(List<InvalidInputException.FieldProblem> problems, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("around", UserTexts.of("problem.shared.field.date-invalid", Echoed.quoted(value)));
        }
    }

    private static int days(String value) {
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of("days", UserTexts.of("problem.insight.before-after.days-invalid", String.valueOf(MAX_DAYS)));
    }
}
