package dev.launchdesk.notify.preference;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;

/**
 * The signed-in user's channels per kind of notification: a page of its own, and a panel the account page loads into
 * itself. The form posts in-app (on when "inApp.{kind}" is sent) and e-mail ("email.{kind}") for every kind at once.
 */
@Controller
@RequestMapping("/account/notifications")
class PreferencePages {

    private final Preferences preferences;
    private final MessageSource messages;

    PreferencePages(Preferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping
    String page(Actor actor, Model model) {
        fill(actor, model);
        return "notifications/preferences";
    }

    @GetMapping("/panel")
    String panel(Actor actor, Model model) {
        fill(actor, model);
        return "notifications/preferences :: panel";
    }

    @PostMapping
    String save(@RequestParam Map<String, String> form, Actor actor, RedirectAttributes redirect) {
        try {
            for (NotificationKind kind : NotificationKind.choosable()) {
                EmailMode email = EmailMode.parse("email." + kind.code(), form.get("email." + kind.code()));
                preferences.set(actor.userId(), kind.code(), form.containsKey("inApp." + kind.code()), email);
            }
            redirect.addFlashAttribute("notice", messages.getMessage("notify.preferences.saved", null, LocaleContextHolder.getLocale()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("notify.preferences.notSaved", new Object[] {e.getMessage()},
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/account/notifications";
    }

    private void fill(Actor actor, Model model) {
        model.addAttribute("preferences", preferences.all(actor.userId()));
        model.addAttribute("emailModes", EmailMode.values());
    }
}
