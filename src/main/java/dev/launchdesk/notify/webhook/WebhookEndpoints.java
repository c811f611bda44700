package dev.launchdesk.notify.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;

/** The webhook endpoints admins manage: URL, kinds, enabled; each with a generated whsec_ secret. */
@Service
public class WebhookEndpoints {

    /** What an admin sends to create or change an endpoint; kinds: codes, empty or null = every kind. */
    public record EndpointForm(String url, String description, List<String> kinds, Boolean enabled) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookEndpoints(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public List<WebhookEndpoint> all() {
        return jdbc.sql("select * from webhook_endpoint order by created_at, id").query(WebhookEndpoints::map).list();
    }

    public Optional<WebhookEndpoint> find(UUID id) {
        return jdbc.sql("select * from webhook_endpoint where id = :id").param("id", id).query(WebhookEndpoints::map).optional();
    }

    public WebhookEndpoint get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.notify.webhook.what"), id));
    }

    /** The enabled endpoints that receive the kind. */
    public List<WebhookEndpoint> receiving(NotificationKind kind) {
        return jdbc.sql("select * from webhook_endpoint where enabled = true order by created_at, id").query(WebhookEndpoints::map).list()
                .stream().filter(e -> e.receives(kind)).toList();
    }

    @Transactional
    public WebhookEndpoint create(EndpointForm form, Actor actor) {
        Checked checked = check(form);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into webhook_endpoint (id, url, description, secret, kinds, enabled, created_at, updated_at)
                        values (:id, :url, :d, :s, :k, :en, :now, :now)
                        """).param("id", id).param("url", checked.url()).param("d", checked.description()).param("s", newSecret())
                .param("k", String.join(",", checked.kinds())).param("en", form.enabled() == null || form.enabled()).param("now", now).update();
        WebhookEndpoint endpoint = get(id);
        events.publishEvent(EntityChanged.created("webhook_endpoint", id, actor.username() + " added the webhook endpoint " + endpoint.url(),
                withoutSecret(endpoint)));
        return endpoint;
    }

    @Transactional
    public WebhookEndpoint update(UUID id, EndpointForm form, Actor actor) {
        WebhookEndpoint before = get(id);
        Checked checked = check(form);
        boolean enabled = form.enabled() == null ? before.enabled() : form.enabled();
        jdbc.sql("""
                        update webhook_endpoint set url = :url, description = :d, kinds = :k, enabled = :en,
                               disabled_reason = case when :en then null else coalesce(disabled_reason, :why) end, updated_at = :now
                         where id = :id
                        """).param("url", checked.url()).param("d", checked.description()).param("k", String.join(",", checked.kinds()))
                .param("en", enabled).param("why", WebhookEndpoint.DISABLED_BY + actor.username()).param("now", Timestamp.from(clock.instant()))
                .param("id", id).update();
        WebhookEndpoint after = get(id);
        events.publishEvent(new EntityChanged("webhook_endpoint", id.toString(), "updated",
                actor.username() + " changed the webhook endpoint " + after.url(), withoutSecret(before), withoutSecret(after)));
        return after;
    }

    /** A new secret for the endpoint; the old one no longer signs. */
    @Transactional
    public WebhookEndpoint rotateSecret(UUID id, Actor actor) {
        get(id);
        jdbc.sql("update webhook_endpoint set secret = :s, updated_at = :now where id = :id").param("s", newSecret())
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        WebhookEndpoint after = get(id);
        events.publishEvent(new EntityChanged("webhook_endpoint", id.toString(), "updated",
                actor.username() + " gave the webhook endpoint " + after.url() + " a new secret", null, null));
        return after;
    }

    /** The receiver answered 410 Gone: the endpoint gets nothing more until an admin enables it again. */
    @Transactional
    public void disableGone(UUID id, Instant answeredAt) {
        jdbc.sql("update webhook_endpoint set enabled = false, disabled_reason = :why, updated_at = :now where id = :id")
                .param("why", WebhookEndpoint.GONE + answeredAt).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    /** A secret as Standard Webhooks writes it: whsec_ and 24 random bytes in base64. */
    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private record Checked(String url, String description, List<String> kinds) {
    }

    private static Checked check(EndpointForm form) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String url = form == null || form.url() == null ? "" : form.url().strip();
        if (url.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem("url", UserTexts.of("problem.notify.webhook.url-required")));
        } else if (url.length() > 2000 || !isHttpUrl(url)) {
            problems.add(new InvalidInputException.FieldProblem("url",
                    UserTexts.of("problem.notify.webhook.url-invalid", Echoed.quoted(url))));
        }
        String description = form == null || form.description() == null ? "" : form.description().strip();
        if (description.length() > 200) {
            problems.add(new InvalidInputException.FieldProblem("description",
                    UserTexts.of("problem.notify.webhook.description-too-long")));
        }
        LinkedHashSet<String> kinds = new LinkedHashSet<>();
        for (String code : form == null || form.kinds() == null ? List.<String>of() : form.kinds()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String kind = code.strip().toLowerCase(Locale.ROOT);
            if (NotificationKind.fromCode(kind).filter(NotificationKind::chosenByUsers).isEmpty()) {
                problems.add(new InvalidInputException.FieldProblem("kinds",
                        UserTexts.of("problem.notify.preference.kind-unknown",
                                Echoed.quoted(code), String.join(", ", NotificationKind.choosable().stream().map(NotificationKind::code).toList()))));
            } else {
                kinds.add(kind);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(url, description, List.copyOf(kinds));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static java.util.Map<String, Object> withoutSecret(WebhookEndpoint e) {
        return java.util.Map.of("url", e.url(), "description", e.description(), "kinds", e.kinds(), "enabled", e.enabled());
    }

    private static WebhookEndpoint map(ResultSet rs, int n) throws SQLException {
        String kinds = rs.getString("kinds");
        return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"), rs.getString("secret"),
                kinds == null || kinds.isBlank() ? List.of() : Arrays.asList(kinds.split(",")), rs.getBoolean("enabled"),
                rs.getString("disabled_reason"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
