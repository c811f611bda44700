package dev.launchdesk.notify.inapp;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;

/** The signed-in user's notifications: newest first, mark one read (htmx: the row and the bell change in place), mark all read. */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

    static final int PAGE_SIZE = 30;

    private final InAppNotifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    NotificationPages(InAppNotifications notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        int p = Math.max(page, 0);
        model.addAttribute("notifications", new PageOf<>(notifications.of(actor.userId(), null, p * PAGE_SIZE, PAGE_SIZE), p, PAGE_SIZE,
                notifications.count(actor.userId())));
        model.addAttribute("unread", notifications.unread(actor.userId()));
        return "notifications/list";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, Actor actor, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        if (!notifications.markRead(id, actor.userId(), clock.instant())) {
            throw new NotFoundException(UserTexts.of("problem.notify.notification.what"), id);
        }
        if (htmx == null) {
            return "redirect:/notifications";
        }
        model.addAttribute("n", notifications.one(id, actor.userId()).orElseThrow(() -> new NotFoundException(
                UserTexts.of("problem.notify.notification.what"), id)));
        model.addAttribute("unreadNotifications", notifications.unread(actor.userId()));
        model.addAttribute("oobBell", true);
        return "notifications/row :: row";
    }

    @PostMapping("/read-all")
    String markAllRead(Actor actor, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(actor.userId(), clock.instant());
        redirect.addFlashAttribute("notice", messages.getMessage("notify.list.markedAll", new Object[] {marked},
                LocaleContextHolder.getLocale()));
        return "redirect:/notifications";
    }
}
