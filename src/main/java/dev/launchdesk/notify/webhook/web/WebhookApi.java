package dev.launchdesk.notify.webhook.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.notify.webhook.WebhookEndpoint;
import dev.launchdesk.notify.webhook.WebhookEndpoints;
import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Webhooks", description = "Signed webhook endpoints (Standard Webhooks), their delivery log and replay (admin only)")
class WebhookApi {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveryLog log;

    WebhookApi(WebhookEndpoints endpoints, WebhookDeliveryLog log) {
        this.endpoints = endpoints;
        this.log = log;
    }

    @GetMapping("/webhook-endpoints")
    @Operation(summary = "Every webhook endpoint, with its secret")
    List<WebhookEndpoint> list() {
        return endpoints.all();
    }

    @PostMapping("/webhook-endpoints")
    @Operation(summary = "Add an endpoint (url, description, kinds: empty = every kind); its whsec_ secret is generated")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WebhookEndpoint> create(@RequestBody(required = false) WebhookEndpoints.EndpointForm form, Actor actor) {
        WebhookEndpoint endpoint = endpoints.create(form, actor);
        return ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + endpoint.id())).body(endpoint);
    }

    @GetMapping("/webhook-endpoints/{id}")
    @Operation(summary = "One endpoint")
    WebhookEndpoint show(@PathVariable UUID id) {
        return endpoints.get(id);
    }

    @PutMapping("/webhook-endpoints/{id}")
    @Operation(summary = "Change an endpoint's URL, description, kinds and enabled (true enables an endpoint a 410 disabled)")
    WebhookEndpoint update(@PathVariable UUID id, @RequestBody(required = false) WebhookEndpoints.EndpointForm form, Actor actor) {
        return endpoints.update(id, form, actor);
    }

    @PostMapping("/webhook-endpoints/{id}/secret")
    @Operation(summary = "Give the endpoint a new secret; the old one no longer signs")
    WebhookEndpoint rotate(@PathVariable UUID id, Actor actor) {
        return endpoints.rotateSecret(id, actor);
    }

    @GetMapping("/webhook-endpoints/{id}/deliveries")
    @Operation(summary = "The endpoint's newest deliveries with every attempt (status code, error, times)")
    List<WebhookDeliveryLog.LoggedDelivery> deliveries(@PathVariable UUID id) {
        return log.of(id);
    }

    @PostMapping("/webhook-deliveries/{id}/replay")
    @Operation(summary = "Send a delivery again with the same webhook-id (409 while its endpoint is disabled)")
    WebhookDeliveryLog.LoggedDelivery replay(@PathVariable long id, Actor actor) {
        return log.replay(id, actor);
    }
}
