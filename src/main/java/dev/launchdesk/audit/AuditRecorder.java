package dev.launchdesk.audit;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.launchdesk.shared.CurrentActor;
import dev.launchdesk.shared.EntityChanged;

/**
 * Writes an audit entry for every change, synchronously and inside the writer's transaction:
 * if the change rolls back, so does its entry, and a change can't commit without one.
 */
@Component
class AuditRecorder {

    private final AuditTrail trail;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    AuditRecorder(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @EventListener
    void on(EntityChanged change) {
        trail.append(new AuditEntry(0, clock.instant(), CurrentActor.username(), change.entityType(), change.entityId(),
                change.action(), truncate(change.summary()), toJson(change.before()), toJson(change.after())));
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record " + state.getClass().getSimpleName() + " in the audit trail", e);
        }
    }

    private static String truncate(String summary) {
        return summary.length() <= 500 ? summary : summary.substring(0, 497) + "...";
    }
}
