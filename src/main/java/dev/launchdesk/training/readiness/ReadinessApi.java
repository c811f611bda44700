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
@Tag(name = "Training readiness", description = "Readiness per market and vendor, and assignment lists")
@RestController
class ReadinessApi {

    private final Readiness readiness;
    private final AssignmentList assignments;

    ReadinessApi(Readiness readiness, AssignmentList assignments) {
        this.readiness = readiness;
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/training/readiness")
    ReadinessView readiness(@RequestParam String market, @RequestParam(required = false) String sopKey,
                            @RequestParam(required = false) String vendor, Actor actor) {
        return readiness.of(market, sopKey, vendor, actor.vendorScope());
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
