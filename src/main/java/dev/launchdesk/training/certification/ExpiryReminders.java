package dev.launchdesk.training.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationRequest;
import dev.launchdesk.notify.Notifications;
import dev.launchdesk.training.CertificationExpired;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day, once per cluster (a database lock): reminds agents whose certification ends in 30, 7 or 1 days or has
 * ended (then {@link CertificationExpired} is published), and those with an assignment past its due date — through the
 * notify module. Each reminder is sent once: the notice is recorded in the same transaction as the notification, and
 * a second run of the day (another node, a restart) sends nothing again. "Days before" and "overdue" count in the
 * module's market's own timezone: the 06:30 UTC run falls on the same calendar day in every market from UTC−6 to UTC+17.
 */
@Component
public class ExpiryReminders {

    private final TrainingRecords records;
    private final Certifications certifications;
    private final Assignments assignments;
    private final ModuleCatalog catalog;
    private final UserAdministration users;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final MarketDays days;
    private final Clock clock;

    ExpiryReminders(TrainingRecords records, Certifications certifications, Assignments assignments, ModuleCatalog catalog,
                    UserAdministration users, Notifications notifications, MessageSource messages, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions, MarketDays days, Clock clock) {
        this.records = records;
        this.certifications = certifications;
        this.assignments = assignments;
        this.catalog = catalog;
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.days = days;
        this.clock = clock;
    }

    @SchedulerLock(name = "training-reminders", lockAtMostFor = "PT30M")
    @Scheduled(cron = "${launchdesk.training.reminders:0 30 6 * * *}", zone = "UTC")
    public void daily() {
        remind(days::today, LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1));
    }

    /** Sends the reminders due on the day (in every market) that were not sent before; how many were sent. */
    public int remind(LocalDate today) {
        return remind(market -> today, today);
    }

    /**
     * Sends the reminders due on each module's day — today in its market's timezone — that were not sent before.
     *
     * @param latestDay a day no market is past yet, bounding the overdue assignments read
     */
    private int remind(Function<String, LocalDate> todayIn, LocalDate latestDay) {
        Map<UUID, Set<UUID>> usersOfAgent = users.users().stream().filter(u -> u.agentId() != null && u.enabled())
                .collect(Collectors.groupingBy(UserView::agentId, Collectors.mapping(UserView::id, Collectors.toSet())));
        List<TrainingModule> modules = catalog.modules(null, null);
        int sent = 0;
        for (TrainingRecord record : records.of(modules).values()) {
            var stage = record.reminderDue(todayIn.apply(record.module().marketCode()));
            if (stage.isPresent()) {
                Certification current = record.current().orElseThrow();
                Boolean done = transaction.execute(s -> expiryNotice(record.module(), current, stage.get(), usersOfAgent));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        Map<UUID, TrainingModule> byId = new HashMap<>();
        for (Assignment overdue : assignments.openDueBy(latestDay.minusDays(1))) {
            TrainingModule module = byId.computeIfAbsent(overdue.moduleId(), catalog::module);
            if (!overdue.isOverdue(todayIn.apply(module.marketCode()))) {
                continue;
            }
            Boolean done = transaction.execute(s -> notifications.send(new NotificationRequest(NotificationKind.TRAINING_OVERDUE,
                    "training-overdue:" + overdue.id(), usersOfAgent.getOrDefault(overdue.agentId(), Set.of()),
                    text("training.reminder.overdue.subject", module.title(), overdue.dueOn()),
                    text("training.reminder.overdue.body", module.title(), overdue.dueOn()), "/api/v1/me/training",
                    payload(module, overdue.agentId(), Map.of("assignmentId", overdue.id(), "dueOn", overdue.dueOn().toString())))));
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    private boolean expiryNotice(TrainingModule module, Certification current, ReminderStage stage, Map<UUID, Set<UUID>> usersOfAgent) {
        if (!certifications.noteSent(current.agentId(), module.id(), current.validUntil(), stage, clock.instant())) {
            return false;
        }
        String key = "training-expiry:" + current.agentId() + ":" + module.id() + ":" + current.validUntil() + ":" + stage.name();
        String which = stage == ReminderStage.EXPIRED ? "expired" : "expiring";
        notifications.send(new NotificationRequest(NotificationKind.TRAINING_EXPIRY, key, usersOfAgent.getOrDefault(current.agentId(), Set.of()),
                text("training.reminder." + which + ".subject", module.title(), current.validUntil(), stage.daysBefore()),
                text("training.reminder." + which + ".body", module.title(), current.validUntil(), stage.daysBefore()), "/api/v1/me/training",
                payload(module, current.agentId(), Map.of("stage", stage.name(), "validUntil", current.validUntil().toString()))));
        if (stage == ReminderStage.EXPIRED) {
            events.publishEvent(new CertificationExpired(current.agentId(), module.id(), module.sopKey(), module.marketCode(),
                    current.validUntil()));
        }
        return true;
    }

    private static Map<String, Object> payload(TrainingModule module, UUID agentId, Map<String, Object> more) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("agentId", agentId.toString());
        payload.put("moduleId", module.id().toString());
        payload.put("sopKey", module.sopKey());
        payload.put("market", module.marketCode());
        payload.putAll(more);
        return payload;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ROOT);
    }
}
