package dev.launchdesk.notify.preference;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notification preferences", description = "The caller's channels per kind of notification")
class PreferenceApi {

    /** inApp: true or false; email: OFF, IMMEDIATE, DAILY or WEEKLY. */
    record PreferenceRequest(Boolean inApp, String email) {
    }

    private final Preferences preferences;

    PreferenceApi(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "The caller's channels for every kind of notification")
    List<Preference> list(Actor actor) {
        return preferences.all(actor.userId());
    }

    @PutMapping("/{kind}")
    @Operation(summary = "Set the caller's channels for one kind (e.g. anomaly.detected)")
    Preference set(@PathVariable String kind, @RequestBody(required = false) PreferenceRequest request, Actor actor) {
        Preferences.kind(kind);
        if (request == null || request.inApp() == null) {
            throw InvalidInputException.of("inApp", UserTexts.of("problem.notify.preference.in-app-required"));
        }
        return preferences.set(actor.userId(), kind, request.inApp(), EmailMode.parse("email", request.email()));
    }
}
