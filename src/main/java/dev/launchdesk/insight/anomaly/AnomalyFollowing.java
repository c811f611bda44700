package dev.launchdesk.insight.anomaly;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;

/** A user's own subscriptions to anomalies and the alerts they brought. */
@Service
public class AnomalyFollowing {

    /** How many alerts the "Your alerts" list shows. */
    static final int ALERTS_SHOWN = 30;

    private final AnomalySubscriptions subscriptions;
    private final UserNotifications notifications;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnomalyFollowing(AnomalySubscriptions subscriptions, UserNotifications notifications, MarketDirectory markets, VendorDirectory vendors,
                     ApplicationEventPublisher events, Clock clock) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.markets = markets;
        this.vendors = vendors;
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
            throw InvalidInputException.of("market", "market " + code + " does not exist");
        }
        AnomalySubscription subscription = subscriptions.add(actor.userId(), code, kpi, clock.instant());
        events.publishEvent(EntityChanged.created("anomaly_subscription", subscription.id(),
                actor.username() + " follows anomalies of " + subscription.label(), subscription));
        return subscription;
    }

    @Transactional
    public void unsubscribe(Actor actor, UUID id) {
        if (!subscriptions.remove(id, actor.userId())) {
            throw new NotFoundException("Subscription", id);
        }
        events.publishEvent(new EntityChanged("anomaly_subscription", id.toString(), "removed",
                actor.username() + " stopped following a subscription", null, null));
    }

    public List<UserNotifications.Alert> alerts(Actor actor) {
        Optional<String> vendor = vendorCode(actor);
        if (actor.role().isVendorScoped() && vendor.isEmpty()) {
            return List.of();
        }
        return notifications.of(actor.userId(), vendor.orElse(null), ALERTS_SHOWN);
    }

    public long unread(Actor actor) {
        return notifications.unread(actor.userId());
    }

    @Transactional
    public void markRead(Actor actor, long alertId) {
        if (!notifications.markRead(alertId, actor.userId(), clock.instant())) {
            throw new NotFoundException("Alert", alertId);
        }
    }

    private Optional<String> vendorCode(Actor actor) {
        if (!actor.role().isVendorScoped()) {
            return Optional.empty();
        }
        return actor.vendorId().flatMap(vendors::vendorName).map(VendorDirectory.VendorName::code);
    }
}
