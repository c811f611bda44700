package dev.launchdesk.insight.anomaly;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.insight.AnomalyDetected;
import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationRequest;
import dev.launchdesk.notify.Notifications;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Role;

/**
 * Tells the users who follow a new anomaly: once the scan has committed (an application module listener, in a
 * transaction of its own, retried from the event publication registry until it completes), one notification of kind
 * anomaly.detected goes to the notify module with the followers who may read the anomaly — in-app and by e-mail as
 * each of them chose, and to the webhooks of the kind, all sent from notify's outbox after this commit. Vendor leads
 * only get anomalies of their own vendor (market × vendor scope); agents never, as they do not read insights. A
 * replayed event sends nothing twice (the notification's key is the anomaly).
 */
@Component
class AnomalyAlerts {

    private final Anomalies anomalies;
    private final AnomalySubscriptions subscriptions;
    private final UserAdministration users;
    private final VendorDirectory vendors;
    private final Notifications notifications;
    private final AnomalyMail mail;

    AnomalyAlerts(Anomalies anomalies, AnomalySubscriptions subscriptions, UserAdministration users, VendorDirectory vendors,
                  Notifications notifications, AnomalyMail mail) {
        this.anomalies = anomalies;
        this.subscriptions = subscriptions;
        this.users = users;
        this.vendors = vendors;
        this.notifications = notifications;
        this.mail = mail;
    }

    @ApplicationModuleListener
    public void on(AnomalyDetected detected) {
        Optional<Anomaly> found = anomalies.find(detected.anomalyId(), null);
        if (found.isEmpty()) {
            return;
        }
        Anomaly anomaly = found.get();
        Set<UUID> recipients = new LinkedHashSet<>();
        for (UUID userId : subscriptions.followers(anomaly.market(), anomaly.kpi())) {
            if (mayRead(users.user(userId), anomaly)) {
                recipients.add(userId);
            }
        }
        notifications.send(new NotificationRequest(NotificationKind.ANOMALY_DETECTED, "anomaly:" + anomaly.id(), recipients,
                mail.subject(anomaly), mail.text(anomaly), "/insights/anomalies/" + anomaly.id(), payload(anomaly)));
    }

    private boolean mayRead(UserView user, Anomaly anomaly) {
        if (!user.enabled() || user.role() == Role.AGENT) {
            return false;
        }
        if (!user.role().isVendorScoped()) {
            return true;
        }
        return vendors.vendorName(user.vendorId()).map(v -> v.code().equals(anomaly.vendor())).orElse(false);
    }

    private static Map<String, Object> payload(Anomaly anomaly) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("anomalyId", anomaly.id());
        payload.put("kpi", anomaly.kpi().parameter());
        payload.put("market", anomaly.market());
        payload.put("vendor", anomaly.vendor());
        payload.put("day", anomaly.day().toString());
        payload.put("actual", anomaly.actual());
        payload.put("expected", anomaly.expected());
        payload.put("score", anomaly.score());
        payload.put("direction", anomaly.direction().name());
        payload.put("rootCauseLink", anomaly.rootCauseLink());
        return payload;
    }
}
