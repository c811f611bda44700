package dev.launchdesk.insight.anomaly;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/insights/anomaly-subscriptions")
@Tag(name = "Anomalies")
class AnomalySubscriptionApi {

    /** market: a market code or empty for all; kpi: a KPI parameter name (volume, csat, ...) or empty for all. */
    record SubscriptionRequest(String market, String kpi) {
    }

    private final AnomalyFollowing following;

    AnomalySubscriptionApi(AnomalyFollowing following) {
        this.following = following;
    }

    @GetMapping
    @Operation(summary = "The caller's own anomaly subscriptions")
    List<AnomalySubscription> list(Actor actor) {
        return following.subscriptions(actor);
    }

    @PostMapping
    @Operation(summary = "Follow the anomalies of a market (or all) and a KPI (or all); vendor leads only get their vendor's")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AnomalySubscription> subscribe(@RequestBody(required = false) SubscriptionRequest request, Actor actor) {
        SubscriptionRequest r = request == null ? new SubscriptionRequest(null, null) : request;
        AnomalySubscription subscription = following.subscribe(actor, r.market(), AnomalyAccess.kpi("kpi", r.kpi()));
        return ResponseEntity.created(URI.create("/api/v1/insights/anomaly-subscriptions/" + subscription.id())).body(subscription);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop one of the caller's own subscriptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id, Actor actor) {
        following.unsubscribe(actor, id);
        return ResponseEntity.noContent().build();
    }
}
