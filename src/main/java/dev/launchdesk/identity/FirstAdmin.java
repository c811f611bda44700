package dev.launchdesk.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.launchdesk.shared.Role;

/**
 * Creates the first administrator of an empty database (production has no demo users) from
 * {@code launchdesk.first-admin.username} and {@code launchdesk.first-admin.password}, e.g. the environment
 * variables LAUNCHDESK_FIRST_ADMIN_USERNAME and LAUNCHDESK_FIRST_ADMIN_PASSWORD. Does nothing once any user exists.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAdministration users;
    private final String username;
    private final String password;

    FirstAdmin(UserAdministration users, @Value("${launchdesk.first-admin.username:}") String username,
               @Value("${launchdesk.first-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || users.hasUsers()) {
            return;
        }
        users.create(new UserForm(username.trim().toLowerCase(), "Administrator", null, Role.ADMIN, null, true, password, null));
        log.info("First administrator '{}' created; sign in and change the password on the account page", username);
    }
}
