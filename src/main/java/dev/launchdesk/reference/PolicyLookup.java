package dev.launchdesk.reference;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Query interface for other modules: which policy values are in force in a market on a date. */
public interface PolicyLookup {

    Optional<String> valueInForce(String marketCode, String key, LocalDate date);

    /** Every key's value in force on the date. */
    Map<String, String> valuesInForce(String marketCode, LocalDate date);

    /** Every parameter key recorded for any market. */
    java.util.Set<String> knownKeys();
}
