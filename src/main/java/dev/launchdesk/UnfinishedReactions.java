package dev.launchdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs again every module reaction that has not completed: an application module listener that threw, or whose server
 * stopped between the publisher's commit and the listener's end, leaves its event publication incomplete in the
 * registry. On start every incomplete publication is republished
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); while the server runs, this job republishes
 * those older than {@code launchdesk.events.retry-after}, every {@code launchdesk.events.retry-every}. Listeners are
 * idempotent, so a reaction that was only slow, and runs twice, changes nothing twice. With several app nodes the job
 * runs on one of them at a time (a database lock).
 */
@Component
public class UnfinishedReactions {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedReactions.class);

    /**
     * The retry of unfinished module reactions ({@code launchdesk.events.*}).
     *
     * @param retryAfter a publication this old and still incomplete is republished (younger ones may still be running)
     */
    @ConfigurationProperties("launchdesk.events")
    record Settings(@DefaultValue("PT15M") Duration retryAfter) {
    }

    private final IncompleteEventPublications incomplete;
    private final Settings settings;
    private final Clock clock;

    UnfinishedReactions(IncompleteEventPublications incomplete, Settings settings, Clock clock) {
        this.incomplete = incomplete;
        this.settings = settings;
        this.clock = clock;
    }

    @SchedulerLock(name = "unfinished-module-reactions", lockAtLeastFor = "PT30S")
    @Scheduled(initialDelayString = "${launchdesk.events.retry-every:PT2M}", fixedDelayString = "${launchdesk.events.retry-every:PT2M}")
    public void retry() {
        Instant before = clock.instant().minus(settings.retryAfter());
        incomplete.resubmitIncompletePublications(publication -> {
            boolean due = publication.getPublicationDate().isBefore(before);
            if (due) {
                log.info("Running the unfinished reaction to {} of {} again", publication.getEvent().getClass().getSimpleName(),
                        publication.getPublicationDate());
            }
            return due;
        });
    }
}
