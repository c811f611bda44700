package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/insights/anomalies")
@Tag(name = "Anomalies", description = "KPI anomalies found on the daily ticket roll-up, their context and their review")
class AnomalyApi {

    /** An anomaly with the root-cause analysis link and, for one anomaly, what happened near its day. */
    record AnomalyView(Anomaly anomaly, String rootCauseLink, AnomalyContext context) {
    }

    record Review(String note) {
    }

    private final AnomalyBoard board;
    private final AnomalyScan scan;

    AnomalyApi(AnomalyBoard board, AnomalyScan scan) {
        this.board = board;
        this.scan = scan;
    }

    @GetMapping
    @Operation(summary = "Anomalies, newest day first; filters status (OPEN, ACKNOWLEDGED, DISMISSED), market, kpi, vendor")
    PageOf<AnomalyView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String market,
                             @RequestParam(required = false) String kpi, @RequestParam(required = false) String vendor,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size, VendorScope scope) {
        Anomalies.Filter filter = new Anomalies.Filter(AnomalyAccess.status(status), AnomalyAccess.marketCode("market", market),
                AnomalyAccess.kpi("kpi", kpi), vendor);
        PageOf<Anomaly> found = board.list(filter, scope, Math.max(page, 0), PageOf.clampSize(size, 50));
        List<AnomalyView> items = found.items().stream().map(a -> new AnomalyView(a, a.rootCauseLink(), null)).toList();
        return new PageOf<>(items, found.page(), found.size(), found.total());
    }

    /** An episode: consecutive days of one KPI and scope with their peak, and the root-cause analysis of all its days. */
    record EpisodeView(String kpi, String market, String vendor, LocalDate start, LocalDate end, long days, long openDays,
                       Anomaly peak, List<Anomaly> anomalies, String rootCauseLink) {

        static EpisodeView of(AnomalyEpisode e) {
            return new EpisodeView(e.kpi().parameter(), e.market(), e.vendor(), e.start(), e.end(), e.length(), e.openDays(), e.peak(),
                    e.days(), e.rootCauseLink());
        }
    }

    @GetMapping("/episodes")
    @Operation(summary = "Anomaly episodes: the anomalies of one KPI and scope on consecutive days as one finding (start, end, "
            + "peak), newest first; the same filters as the list")
    PageOf<EpisodeView> episodes(@RequestParam(required = false) String status, @RequestParam(required = false) String market,
                                 @RequestParam(required = false) String kpi, @RequestParam(required = false) String vendor,
                                 @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
                                 VendorScope scope) {
        Anomalies.Filter filter = new Anomalies.Filter(AnomalyAccess.status(status), AnomalyAccess.marketCode("market", market),
                AnomalyAccess.kpi("kpi", kpi), vendor);
        PageOf<AnomalyEpisode> found = board.episodes(filter, scope, Math.max(page, 0), PageOf.clampSize(size, 50));
        return new PageOf<>(found.items().stream().map(EpisodeView::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One anomaly with the SOP versions and launches near its day")
    AnomalyView anomaly(@PathVariable long id, VendorScope scope) {
        Anomaly anomaly = board.anomaly(id, scope);
        return new AnomalyView(anomaly, anomaly.rootCauseLink(), board.context(anomaly));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge an open anomaly (optional note); 409 when it is not open")
    Anomaly acknowledge(@PathVariable long id, @RequestBody(required = false) Review review, Actor actor) {
        return board.acknowledge(id, review == null ? null : review.note(), actor);
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "Dismiss an anomaly (optional note saying why); 409 when it is dismissed already")
    Anomaly dismiss(@PathVariable long id, @RequestBody(required = false) Review review, Actor actor) {
        return board.dismiss(id, review == null ? null : review.note(), actor);
    }

    @PostMapping("/scan")
    @Operation(summary = "Scan the days from..to (yyyy-mm-dd, at most 400 days) of every scope for anomalies now")
    AnomalyScan.ScanReport scan(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return scan.scan(from, to, Set.of());
    }
}
