package dev.launchdesk.identity;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/** The signed-in user's own page: profile, password, personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

    private final UserAdministration administration;
    private final PersonalTokens tokens;
    private final Clock clock;

    AccountPages(UserAdministration administration, PersonalTokens tokens, Clock clock) {
        this.administration = administration;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String account(Actor actor, Model model) {
        model.addAttribute("user", administration.user(actor.userId()));
        model.addAttribute("tokens", tokens.tokensOf(actor.userId()));
        model.addAttribute("now", clock.instant());
        return "account/show";
    }

    @PostMapping("/tokens")
    String issue(@RequestParam String name, @RequestParam(required = false) Integer validDays, Actor actor, Model model,
                 RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(actor.userId(), name, validDays);
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            redirect.addFlashAttribute("notice", UserTexts.of("flash.token.created", issued.token().name()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", UserTexts.of("flash.token.notCreated", e.getMessage()));
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        tokens.revoke(actor.userId(), id);
        redirect.addFlashAttribute("notice", UserTexts.of("flash.token.revoked"));
        return "redirect:/account";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword, Actor actor,
                          RedirectAttributes redirect) {
        try {
            administration.changeOwnPassword(actor.userId(), currentPassword, newPassword);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.password.changed"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", UserTexts.of("flash.password.notChanged", e.getMessage()));
        }
        return "redirect:/account";
    }
}
