package dev.launchdesk.sop.acknowledgement;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.acknowledgement.AcknowledgementEndpoints.MySop;
import dev.launchdesk.sop.acknowledgement.AcknowledgementEndpoints.ProgressView;
import dev.launchdesk.sop.library.SopLibrary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "SOP acknowledgements", description = "Agents acknowledge each published SOP version that applies to them")
class AcknowledgementApi {


    private final AcknowledgementDesk desk;
    private final SopLibrary library;

    AcknowledgementApi(AcknowledgementDesk desk, SopLibrary library) {
        this.desk = desk;
        this.library = library;
    }

    @GetMapping("/api/v1/me/sops")
    @Operation(summary = "The SOPs in force for the signed-in agent, with their acknowledgement")
    List<MySop> mySopsApi(Actor actor) {
        return desk.sopsOf(desk.agentOf(actor)).stream().map(MySop::of).toList();
    }

    @PostMapping("/api/v1/me/sops/{versionId}/acknowledgement")
    @Operation(summary = "Acknowledge a version in force for the signed-in agent (repeating it changes nothing)")
    MySop acknowledgeApi(@PathVariable UUID versionId, Actor actor) {
        return MySop.of(desk.acknowledge(versionId, actor));
    }

    @GetMapping("/api/v1/sops/{id}/acknowledgements")
    @Operation(summary = "Who has and has not acknowledged the version in force of a regional variant (vendor leads: their vendor)")
    ProgressView progressApi(@PathVariable UUID id, Actor actor) {
        AcknowledgementDesk.Progress p = desk.progress(library.document(id, actor.vendorScope()), actor.vendorScope());
        return new ProgressView(p.version().id(), p.version().number(), p.acknowledged(), p.total(), p.pending());
    }
}
