package dev.launchdesk.insight.anomaly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.AnomalyDetected;
import dev.launchdesk.insight.kpi.Coverage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketCoverage;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

/**
 * Scans the daily KPI series of every scope — all markets together, each market, each market × vendor — for
 * anomalies on the days asked for, and stores what it finds. The series are read from the daily roll-up with
 * enough history before the first day for the baseline; a new anomaly publishes {@link AnomalyDetected}. Only days
 * the imported tickets cover completely are judged ({@link Coverage}): a partial day's few tickets are no drop in
 * volume, and a day's resolution-based KPIs wait until its tickets have had time to be resolved — counted from the
 * newest imported ticket, not from today, since tickets resolved after the export are still open in the data.
 */
@Service
public class AnomalyScan {

    /** What a scan looked at and found. */
    public record ScanReport(LocalDate from, LocalDate to, int series, int anomalies, int newAnomalies) {
    }

    /** The longest range one scan may cover. */
    static final int MAX_SCAN_DAYS = 400;

    private static final Logger log = LoggerFactory.getLogger(AnomalyScan.class);


    private final TicketRollups rollups;
    private final TicketCoverage coverage;
    private final Anomalies anomalies;
    private final AnomalySettings settings;
    private final WeeklyBaseline detector;
    private final ApplicationEventPublisher events;
    private final Timer scans;
    private final Counter anomaliesFound;
    private final Counter anomaliesNew;
    private final Clock clock;

    AnomalyScan(TicketRollups rollups, TicketCoverage coverage, Anomalies anomalies, AnomalySettings settings,
                ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.rollups = rollups;
        this.coverage = coverage;
        this.scans = Timer.builder("launchdesk.anomaly.scans").description("Anomaly scans (count and duration)").register(meters);
        this.anomaliesFound = Counter.builder("launchdesk.anomalies.found").description("Anomalies found by scans (a rescan counts them again)")
                .register(meters);
        this.anomaliesNew = Counter.builder("launchdesk.anomalies.new").description("Anomalies found for the first time").register(meters);
        this.anomalies = anomalies;
        this.settings = settings;
        this.detector = new WeeklyBaseline(settings.detector());
        this.events = events;
        this.clock = clock;
    }

    /** Scans the days {@code from}..{@code to} of every market (markets empty) or of the markets given (and all markets together). */
    @Transactional
    public ScanReport scan(LocalDate from, LocalDate to, Set<String> markets) {
        check(from, to);
        long start = System.nanoTime();
        ScanReport report = scanChecked(from, to, markets);
        scans.record(Duration.ofNanos(System.nanoTime() - start));
        anomaliesFound.increment(report.anomalies());
        anomaliesNew.increment(report.newAnomalies());
        return report;
    }

    private ScanReport scanChecked(LocalDate from, LocalDate to, Set<String> markets) {
        Instant now = clock.instant();
        Coverage covered = coverage.coverage();
        KpiQuery history = new KpiQuery(from.minusDays(settings.detector().historyDays()), to, Granularity.DAY, Map.of(), List.of());
        int series = 0;
        int found = 0;
        int fresh = 0;
        for (Map<List<String>, List<KpiRow>> byScope : scopes(history, markets)) {
            for (Map.Entry<List<String>, List<KpiRow>> scope : byScope.entrySet()) {
                String market = scope.getKey().isEmpty() ? "" : scope.getKey().get(0);
                String vendor = scope.getKey().size() < 2 ? "" : scope.getKey().get(1);
                Set<String> slice = market.isEmpty() ? Set.of() : Set.of(market);
                Optional<LocalDate> complete = covered.lastCompleteDay(slice);
                Optional<LocalDate> settled = covered.lastSettledDay(slice);
                for (Kpi kpi : Kpi.values()) {
                    series++;
                    Optional<LocalDate> judged = kpi.waitsForResolution() ? settled : complete;
                    if (judged.isEmpty() || judged.get().isBefore(from)) {
                        continue;
                    }
                    LocalDate judgedTo = to.isAfter(judged.get()) ? judged.get() : to;
                    DailySeries daily = series(kpi, settings.noise(kpi), scope.getValue(), history.from(), judgedTo);
                    for (WeeklyBaseline.Estimate e : detector.anomalies(daily, from, judgedTo, settings.threshold(kpi), kpi.higherIsBetter())) {
                        found++;
                        Optional<Long> created = anomalies.record(kpi, market, vendor, e, now);
                        if (created.isPresent()) {
                            publish(created.get(), kpi, market, vendor, e);
                            fresh++;
                        }
                    }
                }
            }
        }
        log.info("Anomaly scan {}..{}{}: {} series, {} anomalies, {} new", from, to, markets.isEmpty() ? "" : " " + markets, series, found, fresh);
        return new ScanReport(from, to, series, found, fresh);
    }

    /** The newest day the import and schedule scan: days younger than that may still change (tickets not yet resolved). */
    LocalDate lastSettledDay() {
        return LocalDate.now(clock).minusDays(1);
    }

    private void publish(long id, Kpi kpi, String market, String vendor, WeeklyBaseline.Estimate e) {
        events.publishEvent(new AnomalyDetected(id, kpi.parameter(), market.isEmpty() ? null : MarketCode.of(market), vendor, e.day(), e.actual(), e.expected(), e.score(),
                Direction.of(e.score()).name()));
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw InvalidInputException.of("from", UserTexts.of("problem.shared.field.required-date"));
        }
        if (to == null) {
            throw InvalidInputException.of("to", UserTexts.of("problem.shared.field.required-date"));
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", UserTexts.of("problem.shared.field.to-before-from", from));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_SCAN_DAYS) {
            throw InvalidInputException.of("to", UserTexts.of("problem.insight.scan.too-long", String.valueOf(MAX_SCAN_DAYS)));
        }
    }

    /**
     * The daily rows of the three scopes — all markets together, each market, each market × vendor — from one read of
     * the roll-up grouped by market and vendor (it used to be three reads): a market's day is the sum of its vendors'
     * days with the market's order volume once (every vendor row carries it), all markets' day the sum of the
     * markets'. Market and market × vendor series only for the markets asked for (every market when none is named).
     */
    private List<Map<List<String>, List<KpiRow>>> scopes(KpiQuery history, Set<String> markets) {
        List<KpiRow> rows = rollups.aggregate(history.groupedBy(Granularity.DAY, List.of(TicketDimension.MARKET, TicketDimension.VENDOR)),
                VendorScope.all());
        Map<String, Map<LocalDate, TicketMeasures>> marketDays = new TreeMap<>();
        Map<List<String>, List<KpiRow>> byVendor = new LinkedHashMap<>();
        for (KpiRow row : rows) {
            String market = row.key(0);
            Map<LocalDate, TicketMeasures> days = marketDays.computeIfAbsent(market, m -> new TreeMap<>());
            TicketMeasures sum = days.getOrDefault(row.period(), TicketMeasures.NONE).plus(row.measures().withOrders(0));
            days.put(row.period(), sum.withOrders(row.measures().orders()));
            if (markets.isEmpty() || markets.contains(market)) {
                byVendor.computeIfAbsent(row.keys(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<LocalDate, TicketMeasures> allDays = new TreeMap<>();
        Map<List<String>, List<KpiRow>> byMarket = new LinkedHashMap<>();
        marketDays.forEach((market, days) -> days.forEach((day, measures) -> {
            allDays.merge(day, measures, TicketMeasures::plus);
            if (markets.isEmpty() || markets.contains(market)) {
                byMarket.computeIfAbsent(List.of(market), k -> new ArrayList<>()).add(new KpiRow(day, List.of(market), measures));
            }
        }));
        Map<List<String>, List<KpiRow>> all = new LinkedHashMap<>();
        if (!allDays.isEmpty()) {
            all.put(List.of(), allDays.entrySet().stream().map(e -> new KpiRow(e.getKey(), List.of(), e.getValue())).toList());
        }
        return List.of(all, byMarket, byVendor);
    }

    /** The KPI's daily values of one scope with their ticket and denominator counts; days without tickets are gaps. */
    static DailySeries series(Kpi kpi, SamplingNoise noise, List<KpiRow> rows, LocalDate first, LocalDate last) {
        DailySeries series = DailySeries.between(first, last, noise);
        rows.forEach(r -> series.put(r.period(), r.value(kpi), r.measures().tickets(), kpi.denominatorCount(r.measures())));
        return series;
    }
}
