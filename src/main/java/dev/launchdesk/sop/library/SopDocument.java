package dev.launchdesk.sop.library;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A procedure: either a global master ({@code masterId == null}) or a regional variant of a master
 * for one market, optionally for one vendor there. Its content lives in {@link SopVersion}s.
 */
@NamedInterface("library")
public record SopDocument(UUID id, String key, String scope, UUID masterId, String marketCode, UUID vendorId, String title,
                          String category, String owner, String language, Instant retiredAt, Instant createdAt, Instant updatedAt) {

    public static final String GLOBAL = "GLOBAL";

    /** A new global master SOP, written in English. */
    public static SopDocument master(String key, String title, String category, String owner, Instant now) {
        return new SopDocument(UUID.randomUUID(), key, GLOBAL, null, null, null, title, category, owner, "en", null, now, now);
    }

    /**
     * A new regional variant of the master for a market, or for one vendor there ({@code vendorCode} null: the
     * market's own), filed under the master's key and category and in its language.
     */
    public static SopDocument variant(SopDocument master, String marketCode, UUID vendorId, String vendorCode, String title, String owner,
                                      Instant now) {
        return new SopDocument(UUID.randomUUID(), master.key(), scopeOf(marketCode, vendorCode), master.id(), marketCode, vendorId, title,
                master.category(), owner, master.language(), null, now, now);
    }

    public boolean isMaster() {
        return masterId == null;
    }

    public static String scopeOf(String marketCode, String vendorCode) {
        if (marketCode == null) {
            return GLOBAL;
        }
        return vendorCode == null ? marketCode : marketCode + "/" + vendorCode;
    }
}
