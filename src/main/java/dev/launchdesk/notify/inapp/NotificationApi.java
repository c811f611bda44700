package dev.launchdesk.notify.inapp;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.notify.NotificationView;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "The caller's own in-app notifications")
class NotificationApi {

    /** A page of notifications with the unread count. */
    record NotificationPage(List<NotificationView> items, int page, int size, long total, long unread) {
    }

    /** How many notifications a mark-all-read changed. */
    record MarkedRead(int marked) {
    }

    private final InAppNotifications notifications;
    private final Clock clock;

    NotificationApi(InAppNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first, with the unread count")
    NotificationPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int size, Actor actor) {
        if (page < 0) {
            throw InvalidInputException.of("page", UserTexts.of("problem.notify.notification.page-negative"));
        }
        if (size < 1 || size > 200) {
            throw InvalidInputException.of("size", UserTexts.of("problem.notify.notification.size-invalid"));
        }
        return new NotificationPage(notifications.of(actor.userId(), null, page * size, size), page, size, notifications.count(actor.userId()),
                notifications.unread(actor.userId()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable long id, Actor actor) {
        if (!notifications.markRead(id, actor.userId(), clock.instant())) {
            throw new NotFoundException(UserTexts.of("problem.notify.notification.what"), id);
        }
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    MarkedRead markAllRead(Actor actor) {
        return new MarkedRead(notifications.markAllRead(actor.userId(), clock.instant()));
    }
}
