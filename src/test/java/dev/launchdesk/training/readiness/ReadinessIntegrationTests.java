package dev.launchdesk.training.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * Readiness is worked out by the database ({@link Standings}) for speed; the rule it must follow is
 * {@link TrainingRecord#status}. On the demo's Malaysian and Indonesian training (agents at every stage: certified,
 * expiring, expired, update due, assigned, in progress) both give every agent the same status in every module today,
 * in each market's timezone; and a day before the first certification nobody counts as certified.
 */
@SpringBootTest
class ReadinessIntegrationTests {

    @Autowired
    Standings standings;

    @Autowired
    TrainingRecords records;

    @Autowired
    ModuleCatalog catalog;

    @Autowired
    MarketDays days;

    @Autowired
    Readiness readiness;

    @Test
    void theDatabaseGivesEveryAgentTheStatusTheCertificationRulesGive() {
        for (String market : List.of("MY", "ID")) {
            List<TrainingModule> modules = catalog.modules(market, null);
            assertThat(modules).as(market).isNotEmpty();
            LocalDate today = days.today(market);
            ZoneId zone = days.zone(market);
            Map<UUID, TrainingStatus[]> fromDatabase = standings.on(modules.stream().map(TrainingModule::id).toList(), today,
                    today.plusDays(1).atStartOfDay(zone).toInstant());
            Map<UUID, TrainingStatus[]> fromRules = StandingIntegrationTests.fromRules(records, modules, today);
            assertThat(fromDatabase.keySet()).as(market).containsExactlyInAnyOrderElementsOf(fromRules.keySet());
            fromRules.forEach((agent, statuses) -> assertThat(fromDatabase.get(agent)).as(market + " " + agent).containsExactly(statuses));
            assertThat(fromRules.values().stream().flatMap(java.util.Arrays::stream).distinct().toList()).as(market + ": statuses seen")
                    .contains(TrainingStatus.CERTIFIED, TrainingStatus.ASSIGNED);
        }
    }

    @Test
    void theDemoHasAgentsAtEveryStageInMalaysia() {
        List<TrainingModule> modules = catalog.modules("MY", null);
        LocalDate today = days.today("MY");
        var seen = standings.on(modules.stream().map(TrainingModule::id).toList(), today,
                        today.plusDays(1).atStartOfDay(days.zone("MY")).toInstant())
                .values().stream().flatMap(java.util.Arrays::stream).filter(java.util.Objects::nonNull).distinct().toList();
        assertThat(seen).contains(TrainingStatus.CERTIFIED, TrainingStatus.EXPIRING, TrainingStatus.EXPIRED, TrainingStatus.UPDATE_DUE,
                TrainingStatus.ASSIGNED, TrainingStatus.IN_PROGRESS);
        ReadinessView view = readiness.of("MY", "SPS-RFD-001", null, VendorScope.all());
        assertThat(view.readinessIndex()).isBetween(0.1, 0.6);
    }

    @Test
    void beforeTheFirstCertificationNobodyIsCertified() {
        List<TrainingModule> modules = catalog.modules("MY", null);
        LocalDate longAgo = LocalDate.of(2024, 1, 1);
        Map<UUID, TrainingStatus[]> then = standings.on(modules.stream().map(TrainingModule::id).toList(), longAgo,
                longAgo.plusDays(1).atStartOfDay(days.zone("MY")).toInstant());
        assertThat(then).isEmpty();
    }
}
