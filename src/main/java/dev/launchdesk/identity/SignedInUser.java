package dev.launchdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;

/** The security principal of a signed-in user or API token holder. */
final class SignedInUser implements UserDetails, CredentialsContainer, Actor {

    private final UUID userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final UUID vendorId;
    private final UUID agentId;
    private final boolean enabled;
    private String passwordHash;

    SignedInUser(UserAccount account) {
        this.userId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.vendorId = account.vendorId();
        this.agentId = account.agentId();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public UUID userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Optional<UUID> vendorId() {
        return Optional.ofNullable(vendorId);
    }

    @Override
    public Optional<UUID> agentId() {
        return Optional.ofNullable(agentId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
