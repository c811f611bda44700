package dev.launchdesk.training.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.training.AgentCertified;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.TrainingModule;

/**
 * Certifications passed before LaunchDesk: what a vendor's learning system reports (the agent, the module or its delta,
 * the SOP version and the day), recorded as history with the same rules as a pass here (a delta keeps the end of
 * validity of the certification it updates) and completing the open assignment it answers.
 */
@Service
@org.springframework.modulith.NamedInterface("certification")
public class PastCertifications {

    private final TrainingRecords records;
    private final Certifications certifications;
    private final Assignments assignments;
    private final ApplicationEventPublisher events;
    private final MarketDays days;
    private final Clock clock;

    PastCertifications(TrainingRecords records, Certifications certifications, Assignments assignments, ApplicationEventPublisher events,
                       MarketDays days, Clock clock) {
        this.records = records;
        this.certifications = certifications;
        this.assignments = assignments;
        this.events = events;
        this.days = days;
        this.clock = clock;
    }

    @Transactional
    public Certification record(UUID agentId, TrainingModule passed, PublishedSop sop, LocalDate certifiedOn, String reportedBy) {
        TrainingRecord record = records.of(agentId, passed);
        Certification certification = record.certify(passed, sop.documentId(), sop.versionId(), sop.number(), null, certifiedOn,
                clock.instant());
        certifications.insert(certification);
        Optional<Assignment> open = passed.isDelta() ? record.openDelta().filter(a -> a.moduleId().equals(passed.id()))
                : record.openAssignment();
        open.ifPresent(a -> assignments.complete(a.id(), certifiedOn.atStartOfDay(days.zone(passed.marketCode())).toInstant()));
        TrainingModule module = record.module();
        events.publishEvent(new AgentCertified(certification.id(), agentId, module.id(), passed.id(), module.sopKey(), module.marketCode(),
                sop.versionId(), certifiedOn, certification.validUntil()));
        events.publishEvent(EntityChanged.created("training_certification", certification.id(), "Certification of agent " + agentId
                + " in " + passed.title() + " on " + certifiedOn + " recorded as reported by " + reportedBy, certification));
        return certification;
    }
}
