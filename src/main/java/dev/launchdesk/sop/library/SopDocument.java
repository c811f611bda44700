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
