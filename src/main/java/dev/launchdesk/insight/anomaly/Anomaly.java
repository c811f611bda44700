package dev.launchdesk.insight.anomaly;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/**
 * A KPI value on one day in one scope (all markets, a market, or a market and vendor; '' stands for "all") that
 * lay beyond its expected value by more than the KPI's threshold, in the direction that is worse for the KPI.
 * Its figures are updated by a rescan; its review moves OPEN → ACKNOWLEDGED → DISMISSED (or OPEN → DISMISSED).
 */
public record Anomaly(long id, Kpi kpi, String market, String vendor, LocalDate day, double actual, double expected,
                      double scale, double score, Direction direction, long tickets, AnomalyStatus status, String statusBy,
                      Instant statusAt, String statusNote, Instant detectedAt, Instant updatedAt) {

    /** Days before the anomaly the root-cause analysis compares it with. */
    static final int BASELINE_DAYS = 28;

    /** Someone has seen it and is looking into it. */
    Anomaly acknowledge(String by, String note, Instant at) {
        if (status != AnomalyStatus.OPEN) {
            throw new ConflictException(UserTexts.of("problem.insight.anomaly.not-open", String.valueOf(id), status.name().toLowerCase()));
        }
        return withStatus(AnomalyStatus.ACKNOWLEDGED, by, note, at);
    }

    /** Judged not worth acting on (a known campaign, a data problem, ...); the note says why. */
    Anomaly dismiss(String by, String note, Instant at) {
        if (status == AnomalyStatus.DISMISSED) {
            throw new ConflictException(UserTexts.of("problem.insight.anomaly.dismissed-already", String.valueOf(id)));
        }
        return withStatus(AnomalyStatus.DISMISSED, by, note, at);
    }

    private Anomaly withStatus(AnomalyStatus next, String by, String note, Instant at) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw InvalidInputException.of("note", UserTexts.of("problem.shared.field.at-most", "500"));
        }
        return new Anomaly(id, kpi, market, vendor, day, actual, expected, scale, score, direction, tickets, next, by, at, cleanNote,
                detectedAt, at);
    }

    public boolean isOpen() {
        return status == AnomalyStatus.OPEN;
    }

    /** "All markets" (anomaly.allMarkets, in the reader's language), "ID" or "ID · NCS". */
    public String scopeLabel() {
        return market.isEmpty() ? UserTexts.of("anomaly.allMarkets") : marketAndVendor();
    }

    /** The same in a given language, for what is written outside a request (the alert mail). */
    String scopeLabel(Locale locale) {
        return market.isEmpty() ? UserTexts.in(locale, "anomaly.allMarkets") : marketAndVendor();
    }

    private String marketAndVendor() {
        return vendor.isEmpty() ? market : market + " · " + vendor;
    }

    /** The relative change against the expected value, e.g. 0.42 for 42 % above. */
    public double change() {
        return expected == 0 ? Double.NaN : (actual - expected) / Math.abs(expected);
    }

    /** The root-cause analysis page for this anomaly: its day against the four weeks before it. */
    public String rootCauseLink() {
        return rootCauseLink(day, day);
    }

    /** The root-cause analysis page for days {@code from}..{@code to} of this anomaly's KPI and scope, against the four weeks before. */
    String rootCauseLink(LocalDate from, LocalDate to) {
        return "/insights/rca?kpi=" + kpi.parameter() + "&market=" + encode(market) + "&vendor=" + encode(vendor)
                + "&from=" + from + "&to=" + to
                + "&baselineFrom=" + from.minusDays(BASELINE_DAYS) + "&baselineTo=" + from.minusDays(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
