package dev.launchdesk.sop;

import java.time.LocalDate;
import java.util.Optional;

/** Query interface for other modules: when a published SOP version took effect. */
public interface SopEffectiveDates {

    /**
     * The effective date of version {@code number} of the SOP {@code sopKey} as it applies in the market: the
     * version of the market's own variant (not a vendor's) when the market has one with that number, else the
     * master's. Empty when no such version was ever published. {@code marketCode} may be null: the master's.
     */
    Optional<LocalDate> effectiveDate(String sopKey, int number, String marketCode);
}
