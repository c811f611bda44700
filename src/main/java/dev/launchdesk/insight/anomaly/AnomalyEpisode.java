package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.launchdesk.insight.kpi.Kpi;

/**
 * One finding: the anomalies of one KPI in one scope on consecutive days, read as a whole — from its first to its last
 * day, with the day that lay furthest from its expected value as its peak. A campaign that lifts the volume for three
 * days is one episode, not three rows.
 */
public record AnomalyEpisode(Kpi kpi, String market, String vendor, LocalDate start, LocalDate end, Anomaly peak, List<Anomaly> days) {

    /** Newest episode first, then the strongest peak. */
    static final Comparator<AnomalyEpisode> NEWEST_FIRST = Comparator.comparing(AnomalyEpisode::end).reversed()
            .thenComparing(e -> -Math.abs(e.peak().score()));

    public AnomalyEpisode {
        days = List.copyOf(days);
    }

    /**
     * The episodes of the anomalies, each a run of consecutive days of the same KPI and scope; {@code anomalies} must
     * come ordered by KPI, market, vendor and day.
     */
    static List<AnomalyEpisode> of(List<Anomaly> anomalies) {
        List<AnomalyEpisode> episodes = new ArrayList<>();
        List<Anomaly> run = new ArrayList<>();
        for (Anomaly a : anomalies) {
            if (!run.isEmpty() && !continues(run.get(run.size() - 1), a)) {
                episodes.add(episode(run));
                run = new ArrayList<>();
            }
            run.add(a);
        }
        if (!run.isEmpty()) {
            episodes.add(episode(run));
        }
        return episodes;
    }

    private static boolean continues(Anomaly last, Anomaly next) {
        return last.kpi() == next.kpi() && last.market().equals(next.market()) && last.vendor().equals(next.vendor())
                && next.day().equals(last.day().plusDays(1));
    }

    private static AnomalyEpisode episode(List<Anomaly> run) {
        Anomaly peak = run.stream().max(Comparator.comparingDouble((Anomaly a) -> Math.abs(a.score()))).orElseThrow();
        Anomaly first = run.get(0);
        return new AnomalyEpisode(first.kpi(), first.market(), first.vendor(), first.day(), run.get(run.size() - 1).day(), peak, run);
    }

    public long length() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public String scopeLabel() {
        return peak.scopeLabel();
    }

    /** How many of its days are still open (not acknowledged or dismissed). */
    public long openDays() {
        return days.stream().filter(Anomaly::isOpen).count();
    }

    /** The root-cause analysis of the whole episode against the four weeks before it. */
    public String rootCauseLink() {
        return peak.rootCauseLink(start, end);
    }
}
