package dev.launchdesk.insight.anomaly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.WorkItem;
import dev.launchdesk.shared.WorkItem.Urgency;
import dev.launchdesk.shared.WorkQueue;

/**
 * The insight module's part of the home page's work queue: the open anomalies (as episodes, newest first) of the
 * markets and KPIs the user follows, in the user's vendor scope; acknowledging or dismissing one takes it off.
 * Agents do not read insights.
 */
@Component
class AnomalyWorkQueue implements WorkQueue {

    /** Episodes shown per user; the anomaly list has the rest. */
    static final int LIMIT = 8;

    private final AnomalySubscriptions subscriptions;
    private final AnomalyBoard board;

    AnomalyWorkQueue(AnomalySubscriptions subscriptions, AnomalyBoard board) {
        this.subscriptions = subscriptions;
        this.board = board;
    }

    @Override
    public List<WorkItem> workFor(Actor actor) {
        if (actor.role() == Role.AGENT) {
            return List.of();
        }
        Map<String, AnomalyEpisode> episodes = new LinkedHashMap<>();
        for (AnomalySubscription followed : subscriptions.of(actor.userId())) {
            Anomalies.Filter filter = new Anomalies.Filter(AnomalyStatus.OPEN, followed.market(), followed.kpi(), null);
            board.episodes(filter, actor.vendorScope(), 0, LIMIT).items()
                    .forEach(e -> episodes.putIfAbsent(e.kpi() + "|" + e.market() + "|" + e.vendor() + "|" + e.start(), e));
        }
        List<WorkItem> items = new ArrayList<>();
        episodes.values().stream().sorted(AnomalyEpisode.NEWEST_FIRST).limit(LIMIT).forEach(e -> items.add(item(e)));
        return items;
    }

    private static WorkItem item(AnomalyEpisode episode) {
        Anomaly peak = episode.peak();
        long percent = Math.round(peak.change() * 100);
        return new WorkItem("anomaly-followed", Urgency.WATCH, WorkItem.text(UserTexts.of("kpi." + episode.kpi().name()) + " · " + peak.scopeLabel()),
                WorkItem.message(episode.start().equals(episode.end()) ? "work.anomaly-followed.day" : "work.anomaly-followed.days",
                        episode.start(), episode.end(), Double.isNaN(peak.change()) ? "–" : (percent > 0 ? "+" : "") + percent + " %"),
                "/insights/anomalies/" + peak.id(), null);
    }
}
