package dev.launchdesk.identity;

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
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The caller's own profile and personal API tokens")
class AccountApi {

    record TokenRequest(String name, Integer validDays) {
    }

    private final UserAdministration administration;
    private final PersonalTokens tokens;

    AccountApi(UserAdministration administration, PersonalTokens tokens) {
        this.administration = administration;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Who am I")
    UserView me(Actor actor) {
        return administration.user(actor.userId());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (never the secrets)")
    List<ApiToken> tokens(Actor actor) {
        return tokens.tokensOf(actor.userId());
    }

    @PostMapping("/tokens")
    @Operation(operationId = "issueApiToken",
            summary = "Create an API token; the secret is in this answer only (sign in with a password, not with a token)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedToken> issue(@RequestBody TokenRequest request, Actor actor) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && BearerTokenFilter.VIA_TOKEN.equals(authentication.getDetails())) {
            throw new org.springframework.security.access.AccessDeniedException("an API token cannot issue tokens");
        }
        IssuedToken issued = tokens.issue(actor.userId(), request.name(), request.validDays());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id())).body(issued);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable UUID id, Actor actor) {
        tokens.revoke(actor.userId(), id);
        return ResponseEntity.noContent().build();
    }
}
