package dev.launchdesk.training.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.Market;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * The agents behind a number of the readiness page: of the whole market or of one vendor, site, language or module,
 * those who count under one measure (required, certified, not certified, update due, expired, assigned, in progress,
 * expiring; or not certified for one reason of the page's breakdown), in the reader's vendor scope, ordered by external id, at most {@value #LIMIT} listed.
 */
@Service
public class ReadinessAgents {

    static final int LIMIT = 500;

    /** What the agents are grouped by on the page. */
    public enum By {
        MARKET, VENDOR, SITE, LANGUAGE, MODULE
    }

    /** Which agents of the group count. */
    public enum Measure {
        REQUIRED, CERTIFIED, NOT_CERTIFIED, UPDATE_DUE, EXPIRED, ASSIGNED, IN_PROGRESS, EXPIRING,
        /** Not certified, for the first reason that applies (the page's "why" breakdown, one reason per agent). */
        BECAUSE_EXPIRED, BECAUSE_UPDATE_DUE, BECAUSE_IN_PROGRESS, BECAUSE_NOT_STARTED
    }

    /** One agent: where they work and their status in each module required of them (by module title). */
    public record AgentRow(String agent, String name, String vendor, String site, List<String> languages, boolean certified,
                           String notCertifiedBecause, Map<String, TrainingStatus> modules) {
    }

    public record View(String market, LocalDate asOf, By by, String key, Measure measure, int total, boolean truncated,
                       List<AgentRow> agents) {
    }

    private final Readiness readiness;
    private final Clock clock;

    ReadinessAgents(Readiness readiness, Clock clock) {
        this.readiness = readiness;
        this.clock = clock;
    }

    public View of(String market, String sopKey, String vendor, String by, String key, String measure, VendorScope scope) {
        By group = parse(By.class, "by", by, By.MARKET);
        Measure wanted = parse(Measure.class, "measure", measure, Measure.REQUIRED);
        if (group != By.MARKET && (key == null || key.isBlank())) {
            throw InvalidInputException.of("key", UserTexts.of("problem.training.readiness.key-required", group.name().toLowerCase(Locale.ROOT)));
        }
        Market m = readiness.market(market);
        Readiness.Scope s = readiness.scope(m, sopKey, vendor, scope);
        int module = group == By.MODULE ? place(s.modules(), key.trim()) : -1;
        LocalDate today = m.today(clock);
        Map<UUID, String> codes = new HashMap<>();
        Predicate<AgentStanding> inGroup = switch (group) {
            case MARKET -> a -> true;
            case VENDOR -> a -> codes.computeIfAbsent(a.agent().vendorId(), readiness::vendorCode).equalsIgnoreCase(key.trim());
            case SITE -> a -> a.agent().siteName().equalsIgnoreCase(key.trim());
            case LANGUAGE -> a -> a.agent().languages().stream().anyMatch(key.trim()::equalsIgnoreCase);
            case MODULE -> a -> a.in(module) != null;
        };
        List<AgentStanding> counted = readiness.standings(m, s.modules(), today, s.keep()).stream().filter(inGroup)
                .filter(a -> counts(a, wanted, module)).toList();
        List<AgentRow> rows = counted.stream().limit(LIMIT).map(a -> row(a, s.modules(), codes)).toList();
        return new View(m.code(), today, group, group == By.MARKET ? null : key.trim(), wanted, counted.size(), counted.size() > LIMIT, rows);
    }

    /** Whether the agent counts under the measure: in the one module when the group is a module, else as an agent. */
    private static boolean counts(AgentStanding a, Measure measure, int module) {
        Predicate<TrainingStatus> in = status -> module >= 0 ? a.in(module) == status : a.has(status);
        boolean certified = module >= 0 ? a.in(module).isCertifiedOnCurrentVersion() : a.certified();
        return switch (measure) {
            case REQUIRED -> true;
            case CERTIFIED -> certified;
            case NOT_CERTIFIED -> !certified;
            case UPDATE_DUE -> in.test(TrainingStatus.UPDATE_DUE);
            case EXPIRED -> in.test(TrainingStatus.EXPIRED);
            case ASSIGNED -> in.test(TrainingStatus.ASSIGNED);
            case IN_PROGRESS -> in.test(TrainingStatus.IN_PROGRESS);
            case EXPIRING -> in.test(TrainingStatus.EXPIRING);
            case BECAUSE_EXPIRED -> a.blocker() == AgentStanding.Blocker.EXPIRED;
            case BECAUSE_UPDATE_DUE -> a.blocker() == AgentStanding.Blocker.UPDATE_DUE;
            case BECAUSE_IN_PROGRESS -> a.blocker() == AgentStanding.Blocker.IN_PROGRESS;
            case BECAUSE_NOT_STARTED -> a.blocker() == AgentStanding.Blocker.NOT_STARTED;
        };
    }

    private AgentRow row(AgentStanding a, List<TrainingModule> modules, Map<UUID, String> codes) {
        Map<String, TrainingStatus> byModule = new java.util.LinkedHashMap<>();
        IntStream.range(0, modules.size()).filter(i -> a.in(i) != null).forEach(i -> byModule.put(modules.get(i).title(), a.in(i)));
        AgentStanding.Blocker blocker = a.blocker();
        return new AgentRow(a.agent().externalId(), a.agent().fullName(), codes.computeIfAbsent(a.agent().vendorId(), readiness::vendorCode),
                a.agent().siteName(), a.agent().languages(), blocker == null, blocker == null ? null : blocker.name(), byModule);
    }

    private static int place(List<TrainingModule> modules, String key) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().toString().equalsIgnoreCase(key)) {
                return i;
            }
        }
        throw InvalidInputException.of("key", UserTexts.of("problem.training.readiness.no-module", key));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, E otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList().toString();
            throw InvalidInputException.of(field, UserTexts.of("problem.training.readiness.choice", allowed, text.trim()));
        }
    }
}
