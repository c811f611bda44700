package dev.launchdesk.identity;

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

import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users and roles (admin only)")
class UserApi {

    private final UserAdministration administration;

    UserApi(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "All users")
    List<UserView> users() {
        return administration.users();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserView user(@PathVariable UUID id) {
        return administration.user(id);
    }

    @PostMapping
    @Operation(summary = "Create a user; vendor leads and agents need a vendorId")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> create(@RequestBody UserForm form) {
        UserView user = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user; an empty password keeps the current one; a stale version answers 409")
    UserView update(@PathVariable UUID id, @RequestBody UserForm form, Actor actor) {
        return administration.update(id, form, actor.userId());
    }
}
