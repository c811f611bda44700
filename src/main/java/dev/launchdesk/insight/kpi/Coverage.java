package dev.launchdesk.insight.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How far the imported tickets reach, and so which market-local days are complete. A helpdesk export holds every
 * ticket created up to the moment it ran, so the newest imported ticket's creation time is the latest moment the
 * data is known to cover: a market's day is <em>complete</em> when that moment is at or past the day's end in the
 * market's time zone, and its resolution-based KPIs have <em>settled</em> once it is {@link Kpi#RESOLUTION_SETTLE_DAYS}
 * days past that end (most tickets are resolved and rated by then; one still open counts as a resolution SLA miss).
 * A slice of several markets is complete on a day when each of them is. Days after the newest ticket's are partial
 * too. Without tickets nothing is complete.
 *
 * @param importedUpTo the creation time of the newest imported ticket, if any
 * @param zones        the time zone of every market (UTC for a market without one)
 * @param markets      the markets with tickets in the weeks before the newest ticket: the markets of "all markets"
 */
public record Coverage(Optional<Instant> importedUpTo, Map<String, ZoneId> zones, Set<String> markets) {

    public Coverage {
        zones = Map.copyOf(zones);
        markets = Set.copyOf(markets);
    }

    /** The newest day complete in every one of the markets (all markets with tickets when none are given). */
    public Optional<LocalDate> lastCompleteDay(Collection<String> slice) {
        if (importedUpTo.isEmpty()) {
            return Optional.empty();
        }
        Collection<String> of = slice == null || slice.isEmpty() ? markets : slice;
        LocalDate last = null;
        for (String market : of.isEmpty() ? Set.of("") : of) {
            LocalDate day = importedUpTo.get().atZone(zone(market)).toLocalDate().minusDays(1);
            last = last == null || day.isBefore(last) ? day : last;
        }
        return Optional.of(last);
    }

    /**
     * Where a default range ends: the newest day that has tickets in the reader's scope and is complete for the markets
     * (so a partial last day neither shifts the range nor drops the trend); the last day with tickets when nothing is
     * known to be complete.
     */
    public Optional<LocalDate> lastCompleteDayWithData(Optional<LocalDate> lastWithData, Collection<String> slice) {
        Optional<LocalDate> complete = lastCompleteDay(slice);
        if (lastWithData.isEmpty() || complete.isEmpty() || lastWithData.get().isBefore(complete.get())) {
            return lastWithData;
        }
        return complete;
    }

    /** The newest day whose resolution-based KPIs have settled in every one of the markets. */
    public Optional<LocalDate> lastSettledDay(Collection<String> slice) {
        return lastCompleteDay(slice).map(day -> day.minusDays(Kpi.RESOLUTION_SETTLE_DAYS));
    }

    /** Whether the day is complete in every one of the markets (all markets with tickets when none are given). */
    public boolean complete(LocalDate day, Collection<String> slice) {
        return lastCompleteDay(slice).map(last -> !day.isAfter(last)).orElse(false);
    }

    private ZoneId zone(String market) {
        return zones.getOrDefault(market, ZoneOffset.UTC);
    }
}
