package dev.launchdesk.insight.anomaly;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.insight.AnomalyDetected;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Role;

/**
 * Sends a new anomaly to the users who follow it: once the scan has committed (an application module listener), an
 * in-app alert per follower is written in a transaction of its own, and after that has committed each follower with an e-mail address gets a
 * mail (when {@code spring.mail.host} is set). A mail that fails is logged and its error kept on the alert; the
 * anomaly and the alert stay. Vendor leads only get anomalies of their own vendor (market × vendor scope); agents
 * never, as they do not read insights.
 */
@Component
class AnomalyAlerts {

    private static final Logger log = LoggerFactory.getLogger(AnomalyAlerts.class);

    private record Delivery(long notificationId, String email, String displayName) {
    }

    private final Anomalies anomalies;
    private final AnomalySubscriptions subscriptions;
    private final UserNotifications notifications;
    private final UserAdministration users;
    private final VendorDirectory vendors;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final AnomalyMail mail;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AnomalyAlerts(Anomalies anomalies, AnomalySubscriptions subscriptions, UserNotifications notifications, UserAdministration users,
                  VendorDirectory vendors, ObjectProvider<JavaMailSender> mailSender, AnomalyMail mail,
                  PlatformTransactionManager transactions, Clock clock) {
        this.anomalies = anomalies;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.users = users;
        this.vendors = vendors;
        this.mailSender = mailSender;
        this.mail = mail;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * After the scan has committed, on another thread, retried from the event publication registry until it completes.
     * Outside a transaction of its own: the alerts commit before any mail goes out. A replay adds no alert twice and
     * mails only the alerts whose mail neither went out nor failed (a stop between the alerts and the mails).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(AnomalyDetected detected) {
        Optional<Anomaly> found = anomalies.find(detected.anomalyId(), null);
        if (found.isEmpty()) {
            return;
        }
        Anomaly anomaly = found.get();
        List<Delivery> deliveries = ownTransaction.execute(status -> {
            notify(anomaly);
            return unmailed(anomaly);
        });
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || deliveries == null) {
            return;
        }
        deliveries.stream().filter(d -> d.email() != null && !d.email().isBlank()).forEach(d -> send(sender, anomaly, d));
    }

    private void notify(Anomaly anomaly) {
        Instant now = clock.instant();
        for (UUID userId : subscriptions.followers(anomaly.market(), anomaly.kpi())) {
            if (mayRead(users.user(userId), anomaly)) {
                notifications.add(userId, anomaly.id(), now);
            }
        }
    }

    private List<Delivery> unmailed(Anomaly anomaly) {
        List<Delivery> deliveries = new ArrayList<>();
        for (UserNotifications.Unmailed alert : notifications.unmailed(anomaly.id())) {
            UserView user = users.user(alert.userId());
            deliveries.add(new Delivery(alert.id(), user.email(), user.displayName()));
        }
        return deliveries;
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

    private void send(JavaMailSender sender, Anomaly anomaly, Delivery delivery) {
        SimpleMailMessage message = mail.message(anomaly, delivery.email(), delivery.displayName());
        try {
            sender.send(message);
            notifications.mailed(delivery.notificationId(), clock.instant());
        } catch (MailException | IllegalStateException e) {
            log.warn("Alert mail for anomaly {} to {} failed; the in-app alert is kept: {}", anomaly.id(), delivery.email(), e.getMessage());
            notifications.mailFailed(delivery.notificationId(), e.getMessage());
        }
    }
}
