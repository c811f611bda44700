package dev.launchdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Role;

@SpringBootTest
class IdentityIntegrationTests {

    @Autowired
    UserAdministration users;

    @Autowired
    PersonalTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataHasOneUserPerRole() {
        assertThat(users.users()).extracting(UserView::role).contains(Role.values());
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("demo");
    }

    @Test
    void vendorScopedRolesNeedAVendor() {
        assertThatThrownBy(() -> users.create(new UserForm("lead-" + suffix(), "A Lead", null, Role.VENDOR_LEAD, null, true,
                "long-enough-pass", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("vendorId"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThatThrownBy(() -> users.create(new UserForm("short-" + suffix(), "Short", null, Role.VIEWER, null, true, "demo", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("password"));
    }

    @Test
    void anAdminCannotDemoteThemself() {
        UserView admin = users.users().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.update(admin.id(), new UserForm("admin", admin.displayName(), admin.email(), Role.VIEWER, null,
                true, "", admin.version()), admin.id())).isInstanceOf(InvalidInputException.class);
        assertThat(users.user(admin.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aTokenAuthenticatesItsOwnerUntilRevokedAndOnlyItsHashIsStored() {
        UserView analyst = users.users().stream().filter(u -> u.username().equals("analyst")).findFirst().orElseThrow();
        IssuedToken issued = tokens.issue(analyst.id(), "kpi export", 30);

        assertThat(issued.secret()).startsWith("ldt_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(issued.secret())).hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("analyst"));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s").param("s", issued.secret()).query(Long.class).single())
                .isZero();
        assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();

        tokens.revoke(analyst.id(), issued.token().id());

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void aDisabledUsersTokensStopWorking() {
        UserView user = users.create(new UserForm("temp-" + suffix(), "Temp Contractor", null, Role.VIEWER, null, true,
                "a-long-password", null));
        IssuedToken issued = tokens.issue(user.id(), "script", null);
        users.update(user.id(), new UserForm(user.username(), user.displayName(), null, Role.VIEWER, null, false, "", user.version()),
                UUID.randomUUID());

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
