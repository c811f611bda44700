package dev.launchdesk.identity;

import java.util.UUID;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.Role;

/** What an admin types to create or change a user. The password is only required when creating. */
public record UserForm(String username, String displayName, String email, Role role, UUID vendorId, Boolean enabled,
                       String password, Integer version, String agentExternalId) {

    public UserForm(String username, String displayName, String email, Role role, UUID vendorId, Boolean enabled, String password,
                    Integer version) {
        this(username, displayName, email, role, vendorId, enabled, password, version, null);
    }

    public static UserForm blank() {
        return new UserForm("", "", "", Role.VIEWER, null, true, "", null, "");
    }

    static UserForm of(UserView u, String agentExternalId) {
        return new UserForm(u.username(), u.displayName(), u.email(), u.role(), u.vendorId(), u.enabled(), "", u.version(), agentExternalId);
    }

    void check(boolean creating) {
        InputCheck check = new InputCheck()
                .require(username != null && username.trim().matches("[a-z0-9][a-z0-9._-]{1,49}"), "username",
                        "must be 2 to 50 lower-case letters, digits, '.', '-' or '_'")
                .require(displayName != null && !displayName.isBlank() && displayName.length() <= 100, "displayName",
                        "is required (at most 100 characters)")
                .require(email == null || email.isBlank() || email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                        "must be an e-mail address")
                .require(role != null, "role", "is required")
                .require(role == null || !role.isVendorScoped() || vendorId != null, "vendorId",
                        "vendor leads and agents must belong to a vendor");
        if (creating || (password != null && !password.isEmpty())) {
            Passwords.problemIn(password, username, displayName, email).ifPresent(p -> check.add("password", p));
        }
        if (!creating) {
            check.requireVersion(version);
        }
        check.throwIfInvalid();
    }
}
