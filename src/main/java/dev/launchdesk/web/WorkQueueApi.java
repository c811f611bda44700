package dev.launchdesk.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The caller's own profile and personal API tokens")
class WorkQueueApi {

    private final WorkQueues queues;

    WorkQueueApi(WorkQueues queues) {
        this.queues = queues;
    }

    @GetMapping("/work")
    @Operation(summary = "What needs me now",
            description = "The caller's work queue, most urgent first: reviews to do, merge conflicts to resolve, drafts sent back, "
                    + "versions to publish or past their review-by date, SOPs to read and acknowledge, open anomalies followed. "
                    + "Urgency NOW: someone is waiting; SOON: due or overdue; WATCH: worth a look.")
    List<WorkQueues.Entry> work(Actor actor, Locale locale) {
        return queues.of(actor, locale);
    }
}
