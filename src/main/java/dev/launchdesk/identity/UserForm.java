package dev.launchdesk.identity;

import java.util.UUID;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.UserTexts;

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
                        UserTexts.of("problem.identity.user.username-form"))
                .require(displayName != null && !displayName.isBlank() && displayName.length() <= 100, "displayName",
                        UserTexts.of("problem.shared.field.required-at-most", "100"))
                .require(email == null || email.isBlank() || email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                        UserTexts.of("problem.shared.field.email"))
                .require(role != null, "role", UserTexts.of("problem.shared.field.required"))
                .require(role == null || !role.isVendorScoped() || vendorId != null, "vendorId",
                        UserTexts.of("problem.identity.user.vendor-required"));
        if (creating || (password != null && !password.isEmpty())) {
            Passwords.problemIn(password, username, displayName, email).ifPresent(p -> check.add("password", p));
        }
        if (!creating) {
            check.requireVersion(version);
        }
        check.throwIfInvalid();
    }
}
