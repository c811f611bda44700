package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/** The anomalies page (list, your alerts, your subscriptions, scan on demand) and one anomaly's page. */
@Controller
@RequestMapping("/insights/anomalies")
class AnomalyPages {

    private static final int PAGE_SIZE = 25;

    private final AnomalyBoard board;
    private final AnomalyScan scan;
    private final AnomalyFollowing following;
    private final MarketDirectory markets;

    AnomalyPages(AnomalyBoard board, AnomalyScan scan, AnomalyFollowing following, MarketDirectory markets) {
        this.board = board;
        this.scan = scan;
        this.following = following;
        this.markets = markets;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String market,
                @RequestParam(required = false) String kpi, @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        Anomalies.Filter filter;
        try {
            filter = new Anomalies.Filter(AnomalyAccess.status(status), AnomalyAccess.marketCode("market", market),
                    AnomalyAccess.kpi("kpi", kpi), null);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", UserTexts.of("problem.anomaly.filter", e.getMessage()));
            filter = new Anomalies.Filter(null, "", null, null);
        }
        PageOf<AnomalyEpisode> episodes = board.episodes(filter, actor.vendorScope(), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("episodes", episodes);
        model.addAttribute("filter", filter);
        model.addAttribute("baseUrl", "/insights/anomalies?status=" + (filter.status() == null ? "" : filter.status().name())
                + "&market=" + filter.market() + "&kpi=" + (filter.kpi() == null ? "" : filter.kpi().parameter()));
        model.addAttribute("alerts", following.alerts(actor));
        model.addAttribute("unread", following.unread(actor));
        model.addAttribute("subscriptions", following.subscriptions(actor));
        model.addAttribute("markets", markets.markets());
        model.addAttribute("kpis", Kpi.values());
        model.addAttribute("statuses", AnomalyStatus.values());
        model.addAttribute("vendorScoped", actor.role().isVendorScoped());
        return "insights/anomalies";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        Anomaly anomaly = board.anomaly(id, actor.vendorScope());
        model.addAttribute("anomaly", anomaly);
        model.addAttribute("episode", board.episodeOf(anomaly));
        model.addAttribute("context", board.context(anomaly));
        model.addAttribute("chart", board.chart(anomaly));
        return "insights/anomaly";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, Actor actor, Model model,
                       @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        return review(id, htmx, model, redirect, () -> board.acknowledge(id, note, actor), "acknowledged");
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String note, Actor actor, Model model,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        return review(id, htmx, model, redirect, () -> board.dismiss(id, note, actor), "dismissed");
    }

    private String review(long id, String htmx, Model model, RedirectAttributes redirect, java.util.function.Supplier<Anomaly> action,
                          String done) {
        try {
            Anomaly anomaly = action.get();
            if (htmx != null) {
                model.addAttribute("anomaly", anomaly);
                return "insights/anomaly-review :: review";
            }
            redirect.addFlashAttribute("notice", UserTexts.of("flash.anomaly." + done));
        } catch (ConflictException | InvalidInputException e) {
            if (htmx != null) {
                throw e;
            }
            redirect.addFlashAttribute("problem", UserTexts.of("problem.nothingChanged", e.getMessage()));
        }
        return "redirect:/insights/anomalies/" + id;
    }

    @PostMapping("/scan")
    String scan(@RequestParam(required = false) String from, @RequestParam(required = false) String to, RedirectAttributes redirect) {
        try {
            AnomalyScan.ScanReport report = scan.scan(date("from", from), date("to", to), Set.of());
            redirect.addFlashAttribute("notice", UserTexts.of("flash.anomaly.scanned", String.valueOf(report.from()), String.valueOf(report.to()),
                    String.valueOf(report.series()), String.valueOf(report.anomalies()), String.valueOf(report.newAnomalies())));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", UserTexts.of("problem.anomaly.noScan", e.getMessage()));
        }
        return "redirect:/insights/anomalies";
    }

    @PostMapping("/subscriptions")
    String subscribe(@RequestParam(required = false) String market, @RequestParam(required = false) String kpi, Actor actor,
                     RedirectAttributes redirect) {
        try {
            AnomalySubscription subscription = following.subscribe(actor, market, AnomalyAccess.kpi("kpi", kpi));
            redirect.addFlashAttribute("notice", UserTexts.of("flash.anomaly.following", subscription.label()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", UserTexts.of("problem.anomaly.notSubscribed", e.getMessage()));
        }
        return "redirect:/insights/anomalies";
    }

    @PostMapping("/subscriptions/{id}/delete")
    String unsubscribe(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        following.unsubscribe(actor, id);
        redirect.addFlashAttribute("notice", UserTexts.of("flash.anomaly.unsubscribed"));
        return "redirect:/insights/anomalies";
    }

    @PostMapping("/alerts/{id}/read")
    String markRead(@PathVariable long id, Actor actor) {
        following.markRead(actor, id);
        return "redirect:/insights/anomalies";
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, UserTexts.of("problem.shared.field.required-date"));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, UserTexts.of("problem.shared.field.date-invalid", Echoed.quoted(value)));
        }
    }
}
