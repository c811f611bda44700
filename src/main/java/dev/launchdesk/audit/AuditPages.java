package dev.launchdesk.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import dev.launchdesk.shared.PageOf;

@Controller
@RequestMapping("/audit")
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String browse(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) String actor, @RequestParam(required = false) String q,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(entityType, entityId, actor, q, from, to);
        PageOf<AuditEntry> entries = trail.find(query, Math.max(page, 0), 50);
        model.addAttribute("entries", entries);
        model.addAttribute("query", query);
        model.addAttribute("entityTypes", trail.entityTypes());
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/audit");
        addIfPresent(url, "entityType", entityType);
        addIfPresent(url, "entityId", entityId);
        addIfPresent(url, "actor", actor);
        addIfPresent(url, "q", q);
        addIfPresent(url, "from", from == null ? null : from.toString());
        addIfPresent(url, "to", to == null ? null : to.toString());
        model.addAttribute("baseUrl", url.build().encode().toUriString());
        return "audit/list";
    }

    private static void addIfPresent(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value);
        }
    }
}
