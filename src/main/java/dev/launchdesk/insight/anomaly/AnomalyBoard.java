package dev.launchdesk.insight.anomaly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.kpi.Coverage;
import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.TicketCoverage;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopTimeline;

/**
 * Reading and reviewing anomalies. A vendor-scoped reader only ever sees anomalies of its own vendor's
 * market × vendor scope (another vendor's, a market's or all markets' answer 404).
 */
@Service
public class AnomalyBoard {

    /**
     * A day (yyyy-mm-dd) of an anomaly's series for its chart: the KPI value and the expected value (null where not
     * scored), and whether the day is not judged yet because the imported tickets do not cover it completely (for a
     * resolution-based KPI: not settled).
     */
    public record ChartPoint(String day, Double actual, Double expected, boolean partial) {
    }

    /** Days before the anomaly its chart shows. */
    static final int CHART_DAYS_BEFORE = 42;
    static final int CHART_DAYS_AFTER = 7;

    private final Anomalies anomalies;
    private final VendorDirectory vendors;
    private final SopTimeline sops;
    private final TicketRollups rollups;
    private final TicketCoverage coverage;
    private final AnomalySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnomalyBoard(Anomalies anomalies, VendorDirectory vendors, SopTimeline sops, TicketRollups rollups, TicketCoverage coverage,
                 AnomalySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.anomalies = anomalies;
        this.vendors = vendors;
        this.sops = sops;
        this.rollups = rollups;
        this.coverage = coverage;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public PageOf<Anomaly> list(Anomalies.Filter filter, VendorScope scope, int page, int size) {
        if (scope.isRestricted() && vendorCode(scope).isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        return anomalies.list(filter, vendorCode(scope).orElse(null), page, size);
    }

    /** The anomalies as episodes (consecutive days of one KPI and scope read as one finding), newest first. */
    public PageOf<AnomalyEpisode> episodes(Anomalies.Filter filter, VendorScope scope, int page, int size) {
        if (scope.isRestricted() && vendorCode(scope).isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        return anomalies.episodes(filter, vendorCode(scope).orElse(null), page, size);
    }

    /** The episode the anomaly belongs to (the caller has read the anomaly in its scope). */
    public AnomalyEpisode episodeOf(Anomaly anomaly) {
        return anomalies.episodeOf(anomaly);
    }

    public Anomaly anomaly(long id, VendorScope scope) {
        if (scope.isRestricted() && vendorCode(scope).isEmpty()) {
            throw new NotFoundException(UserTexts.of("problem.insight.anomaly.what"), id);
        }
        return anomalies.find(id, vendorCode(scope).orElse(null)).orElseThrow(() -> new NotFoundException(
                UserTexts.of("problem.insight.anomaly.what"), id));
    }

    @Transactional
    public Anomaly acknowledge(long id, String note, Actor actor) {
        Anomaly before = anomaly(id, actor.vendorScope());
        return review(before, before.acknowledge(actor.username(), note, clock.instant()), "acknowledged");
    }

    @Transactional
    public Anomaly dismiss(long id, String note, Actor actor) {
        Anomaly before = anomaly(id, actor.vendorScope());
        return review(before, before.dismiss(actor.username(), note, clock.instant()), "dismissed");
    }

    private Anomaly review(Anomaly before, Anomaly after, String action) {
        anomalies.saveReview(after);
        events.publishEvent(new EntityChanged("anomaly", String.valueOf(after.id()), action,
                "Anomaly " + after.kpi().parameter() + " " + after.scopeLabel() + " on " + after.day() + " " + action
                        + (after.statusNote() == null ? "" : ": " + after.statusNote()), before, after));
        return after;
    }

    /** What happened within {@code context-days} of the anomaly's day in its scope. */
    public AnomalyContext context(Anomaly anomaly) {
        LocalDate from = anomaly.day().minusDays(settings.contextDays());
        LocalDate to = anomaly.day().plusDays(settings.contextDays());
        UUID vendorId = anomaly.vendor().isEmpty() ? null : vendors.vendorNames().stream()
                .filter(v -> v.code().equalsIgnoreCase(anomaly.vendor())).map(VendorDirectory.VendorName::id).findFirst().orElse(null);
        List<SopTimeline.EffectiveVersion> versions = sops.effectiveBetween(from, to, anomaly.market().isEmpty() ? null : anomaly.market(), vendorId);
        List<AnomalyContext.LaunchSeen> launches = anomalies.launchesBetween(anomaly.market(), anomaly.vendor(), from, to).entrySet().stream()
                .map(e -> new AnomalyContext.LaunchSeen(e.getKey(), e.getValue())).toList();
        return new AnomalyContext(from, to, versions, launches, false);
    }

    /** The KPI in the anomaly's scope around its day, with the expected value of each day the detector could score. */
    public List<ChartPoint> chart(Anomaly anomaly) {
        LocalDate first = anomaly.day().minusDays(CHART_DAYS_BEFORE);
        LocalDate last = anomaly.day().plusDays(CHART_DAYS_AFTER);
        LocalDate historyFrom = first.minusDays(settings.detector().historyDays());
        KpiQuery query = new KpiQuery(historyFrom, last, Granularity.DAY, Map.of(), List.of());
        if (!anomaly.market().isEmpty()) {
            query = query.withFilter(TicketDimension.MARKET, List.of(anomaly.market()));
        }
        if (!anomaly.vendor().isEmpty()) {
            query = query.withFilter(TicketDimension.VENDOR, List.of(anomaly.vendor()));
        }
        DailySeries series = AnomalyScan.series(anomaly.kpi(), settings.noise(anomaly.kpi()), rollups.aggregate(query, VendorScope.all()), historyFrom, last);
        Map<LocalDate, Double> expected = new java.util.HashMap<>();
        new WeeklyBaseline(settings.detector()).estimates(series).forEach(e -> expected.put(e.day(), e.expected()));
        Coverage covered = coverage.coverage();
        Set<String> slice = anomaly.market().isEmpty() ? Set.of() : Set.of(anomaly.market());
        Optional<LocalDate> judged = anomaly.kpi().waitsForResolution() ? covered.lastSettledDay(slice) : covered.lastCompleteDay(slice);
        List<ChartPoint> points = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            int i = series.index(d);
            boolean partial = judged.map(d::isAfter).orElse(true);
            points.add(new ChartPoint(d.toString(), series.has(i) ? series.value(i) : null, expected.get(d), partial));
        }
        return points;
    }

    private Optional<String> vendorCode(VendorScope scope) {
        if (!scope.isRestricted()) {
            return Optional.empty();
        }
        return vendors.vendorName(scope.vendorIdOrNull()).map(VendorDirectory.VendorName::code);
    }
}
