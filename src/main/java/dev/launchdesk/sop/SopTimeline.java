package dev.launchdesk.sop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.reference.MarketCode;

/**
 * Query interface for other modules: which SOP versions took effect when. Covers every version that was published
 * (the one in force and the ones it superseded), never drafts or withdrawn versions.
 */
public interface SopTimeline {

    /**
     * A published SOP version and the day it took effect.
     *
     * @param marketCode the variant's market, null for a global master
     * @param vendorId   the vendor of a vendor's own variant, null otherwise
     */
    record EffectiveVersion(SopVersionId versionId, String sopKey, String title, int number, MarketCode marketCode, UUID vendorId,
                            LocalDate effectiveFrom) {

        public boolean isMaster() {
            return marketCode == null;
        }
    }

    /**
     * The versions effective from {@code from} to {@code to} (inclusive) that apply in the market: masters and the
     * market's variants (every market's when {@code marketCode} is null). A vendor's own variants are included
     * only for that vendor when {@code vendorId} is given, and for every vendor when it is null. Oldest first.
     */
    List<EffectiveVersion> effectiveBetween(LocalDate from, LocalDate to, String marketCode, UUID vendorId);
}
