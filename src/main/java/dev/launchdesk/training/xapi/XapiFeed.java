package dev.launchdesk.training.xapi;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.BaseUrl;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.sop.SopVersionId;

/**
 * The xAPI statements of finished training since a moment, oldest first: every submitted quiz attempt (passed or
 * failed, with its score and how long it took) and every informational delta acknowledged (completed). The learner is
 * an account {@code <vendor code>/<external id>} on the configured home page; the module's name is in the language of
 * the SOP version it was taken on. A vendor lead reads their own vendor's agents only.
 */
@Service
public class XapiFeed {

    /** One page of statements, and the moment the next page starts at (null when this is the last). */
    public record Page(List<XapiCompletion> completions, Instant nextSince) {
    }

    private record Finished(String key, UUID agentId, UUID moduleId, String title, UUID sopVersionId, Instant startedAt,
                            Instant finishedAt, XapiOutcome outcome, XapiScore score) {
    }

    private final JdbcClient jdbc;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final PublishedSections sops;
    private final XapiStatements statements;
    private final URI accountHomePage;
    private final int pageSize;

    XapiFeed(JdbcClient jdbc, AgentDirectory agents, VendorDirectory vendors, PublishedSections sops, XapiProperties properties,
             BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.agents = agents;
        this.vendors = vendors;
        this.sops = sops;
        URI activityBase = properties.activityBase() != null ? properties.activityBase() : URI.create(baseUrl.absolute("/xapi/activities/"));
        this.statements = new XapiStatements(new XapiSettings(activityBase, properties.platform()));
        this.accountHomePage = properties.accountHomePage() != null ? properties.accountHomePage() : URI.create(baseUrl.absolute("/"));
        this.pageSize = properties.pageSize();
    }

    public int pageSize() {
        return pageSize;
    }

    public XapiStatements statements() {
        return statements;
    }

    /** Up to {@code limit} completions finished at or after {@code since}, of the agents the scope permits. */
    public Page since(Instant since, int limit, VendorScope scope) {
        List<Finished> finished = new ArrayList<>(attempts(since, limit + 1));
        finished.addAll(acknowledgements(since, limit + 1));
        finished.sort(Comparator.comparing(Finished::finishedAt).thenComparing(Finished::key));
        boolean more = finished.size() > limit;
        List<Finished> page = more ? finished.subList(0, limit) : finished;
        Map<UUID, Optional<AgentRef>> learners = new HashMap<>();
        Map<UUID, String> vendorCodes = new HashMap<>();
        vendors.vendorNames().forEach(v -> vendorCodes.put(v.id(), v.code()));
        Map<UUID, String> languages = new HashMap<>();
        List<XapiCompletion> completions = new ArrayList<>();
        for (Finished f : page) {
            Optional<AgentRef> agent = learners.computeIfAbsent(f.agentId(), agents::agent);
            if (agent.isEmpty() || !scope.permits(agent.get().vendorId())) {
                continue;
            }
            XapiActor learner = new XapiActor.Account(accountHomePage, vendorCodes.get(agent.get().vendorId()) + "/" + agent.get().externalId(),
                    agent.get().fullName());
            String language = languages.computeIfAbsent(f.sopVersionId(), id -> sops.version(new SopVersionId(id))
                    .map(PublishedSop::language).orElse("en"));
            completions.add(new XapiCompletion(XapiStatements.statementId(f.key()), learner, "modules/" + f.moduleId(), f.title(), language,
                    f.outcome(), f.score(), f.startedAt() == null ? null : Duration.between(f.startedAt(), f.finishedAt()), f.finishedAt()));
        }
        return new Page(completions, more ? page.get(page.size() - 1).finishedAt() : null);
    }

    private List<Finished> attempts(Instant since, int limit) {
        return jdbc.sql("""
                select a.id, a.agent_id, a.module_id, m.title, a.sop_version_id, a.started_at, a.submitted_at, a.passed,
                       (select count(*) from training_attempt_question q where q.attempt_id = a.id) as questions,
                       (select count(*) from training_attempt_question q where q.attempt_id = a.id and q.correct = true) as answered_right
                  from training_attempt a join training_module m on m.id = a.module_id
                 where a.submitted_at is not null and a.submitted_at >= :since
                 order by a.submitted_at, a.id
                 limit :limit
                """).param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new Finished("attempt:" + rs.getObject("id", UUID.class), rs.getObject("agent_id", UUID.class),
                        rs.getObject("module_id", UUID.class), rs.getString("title"), rs.getObject("sop_version_id", UUID.class),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getBoolean("passed") ? XapiOutcome.PASSED : XapiOutcome.FAILED,
                        XapiScore.of(rs.getInt("answered_right"), Math.max(1, rs.getInt("questions"))))).list();
    }

    /** Informational delta modules read and acknowledged: a certification with no attempt behind it. */
    private List<Finished> acknowledgements(Instant since, int limit) {
        return jdbc.sql("""
                select c.id, c.agent_id, c.through_module_id, m.title, c.sop_version_id, c.recorded_at
                  from training_certification c join training_module m on m.id = c.through_module_id
                 where c.attempt_id is null and m.informational = true and c.recorded_at >= :since
                 order by c.recorded_at, c.id
                 limit :limit
                """).param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new Finished("acknowledgement:" + rs.getObject("id", UUID.class), rs.getObject("agent_id", UUID.class),
                        rs.getObject("through_module_id", UUID.class), rs.getString("title"), rs.getObject("sop_version_id", UUID.class),
                        null, rs.getTimestamp("recorded_at").toInstant(), XapiOutcome.COMPLETED, null)).list();
    }
}
