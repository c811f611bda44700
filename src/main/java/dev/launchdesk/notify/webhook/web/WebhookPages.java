package dev.launchdesk.notify.webhook.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.webhook.WebhookEndpoint;
import dev.launchdesk.notify.webhook.WebhookEndpoints;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;

/** Admins manage the webhook endpoints: add one, change its URL, kinds and state, a new secret, the delivery log and replay. */
@Controller
@RequestMapping("/admin/webhooks")
class WebhookPages {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveryLog log;
    private final MessageSource messages;

    WebhookPages(WebhookEndpoints endpoints, WebhookDeliveryLog log, MessageSource messages) {
        this.endpoints = endpoints;
        this.log = log;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("endpoints", endpoints.all());
        model.addAttribute("kinds", NotificationKind.choosable());
        return "notifications/webhooks";
    }

    @PostMapping
    String create(@RequestParam(required = false) String url, @RequestParam(required = false) String description,
                  @RequestParam(required = false) List<String> kinds, Actor actor, RedirectAttributes redirect) {
        try {
            WebhookEndpoint endpoint = endpoints.create(new WebhookEndpoints.EndpointForm(url, description, kinds, true), actor);
            redirect.addFlashAttribute("notice", text("notify.webhooks.created", endpoint.url()));
            return "redirect:/admin/webhooks/" + endpoint.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", text("notify.webhooks.notSaved", e.getMessage()));
            return "redirect:/admin/webhooks";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("endpoint", endpoints.get(id));
        model.addAttribute("deliveries", log.of(id));
        model.addAttribute("kinds", NotificationKind.choosable());
        return "notifications/webhook";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam(required = false) String url, @RequestParam(required = false) String description,
                  @RequestParam(required = false) List<String> kinds, @RequestParam(defaultValue = "false") boolean enabled, Actor actor,
                  RedirectAttributes redirect) {
        try {
            endpoints.update(id, new WebhookEndpoints.EndpointForm(url, description, kinds, enabled), actor);
            redirect.addFlashAttribute("notice", text("notify.webhooks.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", text("notify.webhooks.notSaved", e.getMessage()));
        }
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/secret")
    String rotate(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        endpoints.rotateSecret(id, actor);
        redirect.addFlashAttribute("notice", text("notify.webhooks.rotated"));
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    String replay(@PathVariable UUID id, @PathVariable long deliveryId, Actor actor, RedirectAttributes redirect) {
        try {
            log.replay(deliveryId, actor);
            redirect.addFlashAttribute("notice", text("notify.webhooks.replayed"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", text("notify.webhooks.notReplayed", e.getMessage()));
        }
        return "redirect:/admin/webhooks/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
