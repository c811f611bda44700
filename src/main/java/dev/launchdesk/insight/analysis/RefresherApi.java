package dev.launchdesk.insight.analysis;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A refresher from a root cause through the API: the same as the button on the root-cause page. */
@RestController
@Tag(name = "Root-cause analysis", description = "Multi-dimensional root-cause localisation (RiskLoc)")
class RefresherApi {

    /**
     * A root cause's slice as the analysis answers it: {@code market}, and any of {@code vendor}, {@code site},
     * {@code category}, {@code sop} ("SPS-RFD-001 v2"); {@code from} and {@code to} (the comparison period) bound the
     * tickets read to find the category's SOP.
     */
    record RefresherRequest(String market, String vendor, String site, String category, String sop, LocalDate from, LocalDate to) {

        RootCauseRefreshers.Slice slice() {
            return new RootCauseRefreshers.Slice(market, vendor, site, category, sop, from, to);
        }
    }

    private final RootCauseRefreshers refreshers;

    RefresherApi(RootCauseRefreshers refreshers) {
        this.refreshers = refreshers;
    }

    @PostMapping("/api/v1/insights/rca/refreshers")
    @Operation(summary = "Assign the training of the SOP behind a root cause to the agents of its market, vendor and site "
            + "(idempotent: agents with the module open already are left as they are)")
    RootCauseRefreshers.Answer assign(@RequestBody RefresherRequest request, Actor actor) {
        return refreshers.assign(request.slice(), actor);
    }
}
