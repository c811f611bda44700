package dev.launchdesk.insight.analysis;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The readable sentences of a root-cause report, from the message bundle (for the page and the API). */
@Component
class RcaWording {

    private final MessageSource messages;

    RcaWording(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * "market = MY · vendor = LUMEN · category = Refund explains 83 % of the +412 tickets above expected"; when the
     * slice deviates by more than the total (others moved the other way), its own deviation is named instead.
     */
    String sentence(RootCauseReport report, RootCauseReport.Finding finding, Locale locale) {
        String key = (report.deviation() >= 0 ? "rca.sentence.above" : "rca.sentence.below")
                + (finding.explains() > 1.0 ? ".more" : "");
        return messages.getMessage(key, new Object[] {slice(finding.dimensions()), percent(finding.explains(), locale),
                signed(report, report.deviation(), locale), measureLabel(report, locale),
                signed(report, finding.deviation(), locale)}, locale);
    }

    /** Why there is no root cause, or a one-line summary when there are some. */
    String explanation(RootCauseReport report, Locale locale) {
        return messages.getMessage("rca.outcome." + report.outcome().name(), new Object[] {
                amount(report, report.totalReal(), locale), amount(report, report.totalExpected(), locale),
                measureLabel(report, locale), signed(report, report.deviation(), locale),
                signedPercent(report.scale() - 1, locale), report.rootCauses().size()}, locale);
    }

    String measureLabel(RootCauseReport report, Locale locale) {
        return messages.getMessage("rca.measure." + report.measure(), null, report.measure(), locale);
    }

    static String slice(Map<String, String> dimensions) {
        return dimensions.entrySet().stream().map(e -> e.getKey() + " = " + (e.getValue().isEmpty() ? "(none)" : e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** The measure in display units (hours for durations), rounded for reading. */
    String amount(RootCauseReport report, double value, Locale locale) {
        long divisor = RootCauseMeasure.of(report.query().kpi()).displayDivisor();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(divisor == 1 ? 0 : 1);
        return format.format(value / divisor);
    }

    private String signed(RootCauseReport report, double value, Locale locale) {
        return (value >= 0 ? "+" : "−") + amount(report, Math.abs(value), locale);
    }

    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return format.format(Math.round(share * 100)) + " %";
    }

    private static String signedPercent(double share, Locale locale) {
        return (share >= 0 ? "+" : "−") + percent(Math.abs(share), locale);
    }
}
