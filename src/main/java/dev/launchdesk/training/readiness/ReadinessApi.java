package dev.launchdesk.training.readiness;

import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/** Readiness and the assignment lists; a vendor lead sees only their own vendor's agents. */
@Tag(name = "Training readiness", description = "Readiness per market, vendor, site, language and module, its trend, the agents behind each number, and assignment lists")
@RestController
class ReadinessApi {

    private final Readiness readiness;
    private final ReadinessTrend trend;
    private final ReadinessAgents agents;
    private final AssignmentList assignments;

    ReadinessApi(Readiness readiness, ReadinessTrend trend, ReadinessAgents agents, AssignmentList assignments) {
        this.readiness = readiness;
        this.trend = trend;
        this.agents = agents;
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/training/readiness")
    ReadinessView readiness(@RequestParam String market, @RequestParam(required = false) String sopKey,
                            @RequestParam(required = false) String vendor, Actor actor) {
        return readiness.of(market, sopKey, vendor, actor.vendorScope());
    }

    /** The readiness index today and at the end of each of the weeks before (default 12, at most 52), from the kept history. */
    @GetMapping("/api/v1/training/readiness/trend")
    ReadinessTrend.View trend(@RequestParam String market, @RequestParam(required = false) String sopKey,
                              @RequestParam(required = false) String vendor, @RequestParam(required = false) Integer weeks, Actor actor) {
        return trend.of(market, sopKey, vendor, weeks, actor.vendorScope());
    }

    /**
     * The agents behind a readiness number: {@code by=market|vendor|site|language|module} with {@code key} (the vendor
     * code, site name, language or module id), {@code measure=required|certified|not-certified|update-due|expired|
     * assigned|in-progress|expiring}.
     */
    @GetMapping("/api/v1/training/readiness/agents")
    ReadinessAgents.View agents(@RequestParam String market, @RequestParam(required = false) String sopKey,
                                @RequestParam(required = false) String vendor, @RequestParam(required = false) String by,
                                @RequestParam(required = false) String key, @RequestParam(required = false) String measure, Actor actor) {
        return agents.of(market, sopKey, vendor, by, key, measure, actor.vendorScope());
    }

    /** {@code ?agent=NCS-10001}, or {@code ?market=MY[&status=UPDATE_DUE]}. */
    @GetMapping("/api/v1/training/assignments")
    List<AssignmentRow> assignments(@RequestParam(required = false) String agent, @RequestParam(required = false) String market,
                                    @RequestParam(required = false) String status, Actor actor) {
        if (agent != null && !agent.isBlank()) {
            return assignments.ofAgent(agent, actor.vendorScope());
        }
        if (market == null || market.isBlank()) {
            throw InvalidInputException.of("market", UserTexts.of("problem.training.readiness.agent-or-market"));
        }
        return assignments.ofMarket(market, status, actor.vendorScope());
    }
}
