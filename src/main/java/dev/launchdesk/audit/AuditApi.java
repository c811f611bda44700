package dev.launchdesk.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Append-only record of every change (admin only; read-only by design)")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first, filtered and paged (page counts from 0; dates are UTC days, inclusive)")
    PageOf<AuditEntry> entries(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                               @RequestParam(required = false) String actor, @RequestParam(required = false) String q,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return trail.find(new AuditQuery(entityType, entityId, actor, q, from, to), Math.max(page, 0), PageOf.clampSize(size, 50));
    }
}
