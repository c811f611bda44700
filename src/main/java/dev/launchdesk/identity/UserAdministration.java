package dev.launchdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/** Users and their roles, managed by admins; and each user's own password. */
@Service
public class UserAdministration {

    private final Users users;
    private final PasswordEncoder encoder;
    private final VendorDirectory vendors;
    private final dev.launchdesk.reference.AgentDirectory agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(Users users, PasswordEncoder encoder, VendorDirectory vendors, dev.launchdesk.reference.AgentDirectory agents,
                       ApplicationEventPublisher events, Clock clock) {
        this.agents = agents;
        this.users = users;
        this.encoder = encoder;
        this.vendors = vendors;
        this.events = events;
        this.clock = clock;
    }

    public List<UserView> users() {
        return users.all().stream().map(UserAccount::view).toList();
    }

    public UserView user(UUID id) {
        return account(id).view();
    }

    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional
    public UserView create(UserForm form) {
        form.check(true);
        String username = form.username().trim();
        if (users.findByUsername(username).isPresent()) {
            throw InvalidInputException.of("username", UserTexts.of("problem.identity.user.username-taken", username));
        }
        checkVendor(form);
        Instant now = clock.instant();
        UserAccount account = new UserAccount(UUID.randomUUID(), username, form.displayName().trim(), blankToNull(form.email()),
                encoder.encode(form.password()), form.role(), vendorOf(form), agentOf(form), form.enabled() == null || form.enabled(), 0, now, now);
        users.insert(account);
        events.publishEvent(EntityChanged.created("user", account.id(), "User " + username + " created as " + form.role().label(),
                account.view()));
        return account.view();
    }

    /** Creates a user with a password that skips the strength rule; only for demo data and first start. */
    @Transactional
    public UserView seed(String username, String displayName, String email, Role role, UUID vendorId, UUID agentId, String password) {
        Instant now = clock.instant();
        UserAccount account = new UserAccount(UUID.randomUUID(), username, displayName, email, encoder.encode(password), role,
                vendorId, agentId, true, 0, now, now);
        users.insert(account);
        events.publishEvent(EntityChanged.created("user", account.id(), "User " + username + " created as " + role.label(), account.view()));
        return account.view();
    }

    @Transactional
    public UserView update(UUID id, UserForm form, UUID actingUserId) {
        UserAccount before = account(id);
        form.check(false);
        String username = form.username().trim();
        users.findByUsername(username).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw InvalidInputException.of("username", UserTexts.of("problem.identity.user.username-taken", username));
        });
        checkVendor(form);
        if (id.equals(actingUserId) && (form.role() != Role.ADMIN || Boolean.FALSE.equals(form.enabled()))) {
            throw InvalidInputException.of("role", UserTexts.of("problem.identity.user.own-admin-role"));
        }
        String hash = form.password() == null || form.password().isEmpty() ? before.passwordHash() : encoder.encode(form.password());
        users.update(new UserAccount(id, username, form.displayName().trim(), blankToNull(form.email()), hash, form.role(),
                vendorOf(form), agentOf(form), form.enabled() == null || form.enabled(), form.version(), before.createdAt(), clock.instant()));
        UserView after = user(id);
        String summary = "User " + username + " updated" + (hash.equals(before.passwordHash()) ? "" : " (password reset)");
        events.publishEvent(EntityChanged.updated("user", id, summary, before.view(), after));
        return after;
    }

    @Transactional
    public void changeOwnPassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount account = account(userId);
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", UserTexts.of("problem.identity.user.current-password-wrong"));
        }
        Passwords.problemIn(newPassword, account.username(), account.displayName(), account.email()).ifPresent(p -> {
            throw InvalidInputException.of("newPassword", p);
        });
        users.update(new UserAccount(userId, account.username(), account.displayName(), account.email(), encoder.encode(newPassword),
                account.role(), account.vendorId(), account.agentId(), account.enabled(), account.version(), account.createdAt(), clock.instant()));
        events.publishEvent(new EntityChanged("user", userId.toString(), "password-changed",
                "User " + account.username() + " changed their password", null, null));
    }

    private UserAccount account(UUID id) {
        return users.find(id).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.identity.user.what"), id));
    }

    private void checkVendor(UserForm form) {
        if (form.role().isVendorScoped() && vendors.vendorName(form.vendorId()).isEmpty()) {
            throw InvalidInputException.of("vendorId",
                    UserTexts.of("problem.identity.user.vendor-unknown", String.valueOf(form.vendorId())));
        }
    }

    /** The roster row an agent user is linked to, by the external id within their vendor; only for the role AGENT. */
    private UUID agentOf(UserForm form) {
        if (form.role() != Role.AGENT || form.agentExternalId() == null || form.agentExternalId().isBlank()) {
            return null;
        }
        return agents.agentByExternalId(form.vendorId(), form.agentExternalId().trim()).map(a -> a.id())
                .orElseThrow(() -> InvalidInputException.of("agentExternalId",
                        UserTexts.of("problem.identity.user.agent-unknown", Echoed.cut(form.agentExternalId().trim()))));
    }

    /** The external id of the roster row a user is linked to, for the edit form. */
    public String agentExternalIdOf(UserView user) {
        return user.agentId() == null ? "" : agents.agent(user.agentId()).map(a -> a.externalId()).orElse("");
    }

    /** Only vendor leads and agents carry a vendor; for everyone else the field is cleared. */
    private static UUID vendorOf(UserForm form) {
        return form.role().isVendorScoped() ? form.vendorId() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
