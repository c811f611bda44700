package dev.launchdesk.sop.search;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keeps this node's search index current: rebuilt from the database on start, then following the change feed
 * ({@link SopSearchFeed}) every {@code launchdesk.search.follow-every}, so what any node publishes is found on every
 * node within seconds. The position is taken before the rebuild reads, so nothing committed in between is missed.
 * <p>
 * A position can show up late: a transaction that took its sequence number earlier commits after a later one. The
 * follower applies every row it has not applied yet and keeps the lowest position below which it has seen all; a hole
 * it waits for a while (a rolled-back insert never fills it) and then passes over. Reading an SOP into the index again
 * is idempotent, so a row applied twice changes nothing.
 */
@Component
class SopSearchFollower {

    private static final Logger log = LoggerFactory.getLogger(SopSearchFollower.class);
    private static final int BATCH = 500;
    private static final int POLLS_TO_WAIT_FOR_A_HOLE = 15;
    private static final Duration KEPT = Duration.ofDays(1);

    private final SopSearch search;
    private final SopSearchFeed feed;
    private final Clock clock;
    private final Set<Long> appliedAbove = new TreeSet<>();
    private long applied = -1;
    private int pollsWithAHole;

    SopSearchFollower(SopSearch search, SopSearchFeed feed, Clock clock) {
        this.search = search;
        this.feed = feed;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOnStart() {
        rebuild();
    }

    /**
     * Rebuilds this node's index from the database and follows the feed from where it stood before the read, under the
     * same lock as {@link #follow()}, so no change the feed brings meanwhile is written into the index being replaced.
     */
    synchronized int rebuild() {
        long position = feed.lastPosition();
        int entries = search.rebuild();
        applied = position;
        appliedAbove.clear();
        log.info("SOP search index rebuilt: {} entries; following the change feed from position {}", entries, position);
        return entries;
    }

    @Scheduled(initialDelayString = "${launchdesk.search.follow-every:PT2S}", fixedDelayString = "${launchdesk.search.follow-every:PT2S}")
    synchronized void follow() {
        if (applied < 0) {
            return;
        }
        List<SopSearchFeed.Change> changes = feed.after(applied, BATCH);
        Set<UUID> documents = new LinkedHashSet<>();
        changes.stream().filter(c -> !appliedAbove.contains(c.position())).forEach(c -> documents.add(c.documentId()));
        documents.forEach(search::reindex);
        changes.forEach(c -> appliedAbove.add(c.position()));
        advance();
    }

    private void advance() {
        while (appliedAbove.remove(applied + 1)) {
            applied++;
        }
        if (appliedAbove.isEmpty()) {
            pollsWithAHole = 0;
            return;
        }
        if (++pollsWithAHole >= POLLS_TO_WAIT_FOR_A_HOLE) {
            long next = ((TreeSet<Long>) appliedAbove).first();
            log.debug("SOP search feed: positions {}..{} never committed; passing over them", applied + 1, next - 1);
            applied = next - 1;
            pollsWithAHole = 0;
            advance();
        }
    }

    /** The feed keeps a day: a node away longer rebuilds its index on start anyway. */
    @SchedulerLock(name = "sop-search-feed-prune")
    @Scheduled(cron = "0 17 * * * *")
    void forgetOldChanges() {
        feed.forgetBefore(clock.instant().minus(KEPT));
    }
}
