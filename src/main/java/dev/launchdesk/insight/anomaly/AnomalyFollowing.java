package dev.launchdesk.insight.anomaly;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationView;
import dev.launchdesk.notify.Notifications;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;

/** A user's own subscriptions to anomalies and the alerts they brought (other modules may subscribe users: the demo data). */
@Service
@org.springframework.modulith.NamedInterface("anomaly-following")
public class AnomalyFollowing {

    /** How many alerts the "Your alerts" list shows. */
    static final int ALERTS_SHOWN = 30;

    private final AnomalySubscriptions subscriptions;
    private final Notifications notifications;
    private final MarketDirectory markets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnomalyFollowing(AnomalySubscriptions subscriptions, Notifications notifications, MarketDirectory markets,
                     ApplicationEventPublisher events, Clock clock) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.markets = markets;
        this.events = events;
        this.clock = clock;
    }

    public List<AnomalySubscription> subscriptions(Actor actor) {
        return subscriptions.of(actor.userId());
    }

    /** Follows the anomalies of a market ('' or null = all) and a KPI (null = all); following twice keeps one subscription. */
    @Transactional
    public AnomalySubscription subscribe(Actor actor, String market, Kpi kpi) {
        String code = AnomalyAccess.marketCode("market", market);
        if (!code.isEmpty() && markets.markets().stream().noneMatch(m -> m.code().equals(code))) {
            throw InvalidInputException.of("market", UserTexts.of("problem.insight.subscription.market-unknown", code));
        }
        AnomalySubscription subscription = subscriptions.add(actor.userId(), code, kpi, clock.instant());
        events.publishEvent(EntityChanged.created("anomaly_subscription", subscription.id(),
                actor.username() + " follows anomalies of " + subscription.label(), subscription));
        return subscription;
    }

    @Transactional
    public void unsubscribe(Actor actor, UUID id) {
        if (!subscriptions.remove(id, actor.userId())) {
            throw new NotFoundException(UserTexts.of("problem.insight.subscription.what"), id);
        }
        events.publishEvent(new EntityChanged("anomaly_subscription", id.toString(), "removed",
                actor.username() + " stopped following a subscription", null, null));
    }

    /** The user's newest anomaly alerts (in-app notifications of kind anomaly.detected). */
    public List<NotificationView> alerts(Actor actor) {
        return notifications.recent(actor.userId(), NotificationKind.ANOMALY_DETECTED, ALERTS_SHOWN);
    }

    public long unread(Actor actor) {
        return alerts(actor).stream().filter(NotificationView::isUnread).count();
    }

    public void markRead(Actor actor, long alertId) {
        if (!notifications.markRead(actor.userId(), alertId)) {
            throw new NotFoundException(UserTexts.of("problem.insight.alert.what"), alertId);
        }
    }
}
