package dev.launchdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.shared.Role;

/** An empty production database gets its first administrator from configuration, and only then (own in-memory database, so H2 only). */
@SpringBootTest(properties = {"launchdesk.demo-data.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "launchdesk.first-admin.username=Root.Admin", "launchdesk.first-admin.password=correct horse battery"})
class FirstAdminTest {

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FirstAdmin firstAdmin;

    @Test
    void createsTheFirstAdministratorOnceOnly() throws Exception {
        assertThat(users.users()).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("root.admin");
            assertThat(u.role()).isEqualTo(Role.ADMIN);
        });
        String hash = jdbc.sql("select password_hash from app_user where username = 'root.admin'").query(String.class).single();
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();

        firstAdmin.run(null);

        assertThat(users.users()).hasSize(1);
    }
}
