package dev.launchdesk.training.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.Market;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

/**
 * The readiness index over time: the same counts as {@link Readiness#of} as of each week's end-of-day (in the market's
 * timezone), from the certification history and the assignments kept — what had been certified by then, what was open
 * at the end of that day. The roster is today's agents (the roster keeps no history): an agent who joined last week
 * counts as required in earlier weeks only if an assignment of theirs was already open then.
 */
@Service
public class ReadinessTrend {

    static final int DEFAULT_WEEKS = 12;
    static final int MAX_WEEKS = 52;

    /** The index as of one day. */
    public record Point(LocalDate day, int requiredAgents, int certifiedAgents, int updateDueAgents, int expiredAgents,
                        Double readinessIndex) {
    }

    public record View(String market, String sopKey, String vendor, String timezone, List<Point> points) {
    }

    private final Readiness readiness;
    private final Clock clock;

    ReadinessTrend(Readiness readiness, Clock clock) {
        this.readiness = readiness;
        this.clock = clock;
    }

    /** Today and each of the {@code weeks} weeks before it (oldest first). */
    public View of(String market, String sopKey, String vendor, Integer weeks, VendorScope scope) {
        int count = weeks == null ? DEFAULT_WEEKS : weeks;
        if (count < 1 || count > MAX_WEEKS) {
            throw InvalidInputException.of("weeks", UserTexts.of("problem.training.readiness.weeks", String.valueOf(MAX_WEEKS), String.valueOf(count)));
        }
        Market m = readiness.market(market);
        Readiness.Scope s = readiness.scope(m, sopKey, vendor, scope);
        Map<UUID, AgentRef> active = readiness.active(m, s.keep());
        LocalDate today = m.today(clock);
        List<Point> points = new ArrayList<>();
        for (int week = count; week >= 0; week--) {
            LocalDate day = today.minusWeeks(week);
            Readiness.Counts c = Readiness.Counts.of(readiness.standings(m, s.modules(), day, active));
            points.add(new Point(day, c.required(), c.certified(), c.updateDue(), c.expired(), c.index()));
        }
        return new View(m.code(), s.sopKey(), s.vendor(), m.timezone(), points);
    }
}
