package dev.launchdesk.notify.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.launchdesk.notify.outbox.Deliveries;
import dev.launchdesk.notify.outbox.Delivery;
import dev.launchdesk.notify.outbox.NotificationOutbox;
import dev.launchdesk.notify.preference.EmailMode;
import dev.launchdesk.shared.BaseUrl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Gathers the e-mails waiting for a user's daily or weekly digest into one e-mail per user and period: the digest and
 * its outbox row are written, and the gathered e-mails marked, in one transaction per user, keyed by the user and the
 * period (a day, an ISO week) — a second run of the same period (another node, a restart) writes no second digest.
 * The delivery worker then sends it like any other e-mail. Once per cluster (a database lock).
 */
@Component
public class DigestJob {

    /** A digest lists at most this many notifications (and says how many more there are). */
    static final int LISTED = 40;

    private final Deliveries deliveries;
    private final NotificationOutbox outbox;
    private final BaseUrl baseUrl;
    private final MessageSource messages;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DigestJob(Deliveries deliveries, NotificationOutbox outbox, BaseUrl baseUrl, MessageSource messages,
              PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
        this.messages = messages;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @SchedulerLock(name = "notify-daily-digest")
    @Scheduled(cron = "${launchdesk.notify.daily-digest:0 0 7 * * *}", zone = "UTC")
    public void daily() {
        digest(EmailMode.DAILY, clock.instant());
    }

    @SchedulerLock(name = "notify-weekly-digest")
    @Scheduled(cron = "${launchdesk.notify.weekly-digest:0 0 7 * * MON}", zone = "UTC")
    public void weekly() {
        digest(EmailMode.WEEKLY, clock.instant());
    }

    /** Writes the digests of the period due at the given time; how many digests were written. */
    public int digest(EmailMode period, Instant now) {
        if (!period.isDigest()) {
            throw new IllegalArgumentException(period + " is not a digest period");
        }
        int written = 0;
        for (UUID userId : deliveries.usersWaitingForDigest(period.name(), now)) {
            Boolean done = ownTransaction.execute(status -> digestOf(userId, period, now));
            written += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return written;
    }

    private boolean digestOf(UUID userId, EmailMode period, Instant now) {
        List<Delivery> waiting = deliveries.waitingForDigest(userId, period.name(), now);
        if (waiting.isEmpty()) {
            return false;
        }
        String key = period.name().toLowerCase(Locale.ROOT) + ":" + userId + ":" + periodOf(period, now);
        String subject = messages.getMessage("notify.digest.subject." + period.name().toLowerCase(Locale.ROOT),
                new Object[] {waiting.size()}, Locale.ROOT);
        Optional<Long> digest = outbox.addDigest(userId, waiting.get(waiting.size() - 1).address(), key, subject, body(waiting), now);
        digest.ifPresent(id -> deliveries.digested(waiting.stream().map(Delivery::id).toList(), id));
        return digest.isPresent();
    }

    private String body(List<Delivery> waiting) {
        StringBuilder text = new StringBuilder(messages.getMessage("notify.digest.intro", new Object[] {waiting.size()}, Locale.ROOT))
                .append("\n\n");
        for (Delivery d : waiting.subList(0, Math.min(waiting.size(), LISTED))) {
            text.append("- ").append(d.subject()).append('\n');
            if (d.link() != null) {
                text.append("  ").append(baseUrl.absolute(d.link())).append('\n');
            }
        }
        if (waiting.size() > LISTED) {
            text.append(messages.getMessage("notify.digest.more", new Object[] {waiting.size() - LISTED, baseUrl.absolute("/notifications")},
                    Locale.ROOT)).append('\n');
        }
        text.append('\n').append(messages.getMessage("notify.mail.footer", new Object[] {baseUrl.absolute("/account/notifications")},
                Locale.ROOT)).append('\n');
        return text.toString();
    }

    /** The day (2026-12-04) or ISO week (2026-W49) of the time, in UTC. */
    static String periodOf(EmailMode period, Instant now) {
        var day = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (period == EmailMode.DAILY) {
            return day.toString();
        }
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(Locale.ROOT, "%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
