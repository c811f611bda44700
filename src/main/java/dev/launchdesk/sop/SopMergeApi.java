package dev.launchdesk.sop;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.sop.merge.MergeResult;
import dev.launchdesk.sop.merge.ThreeWayMerge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/sop-merges")
@Tag(name = "SOP merge tool", description = "The three-way merge that propagates master changes, as a standalone tool")
class SopMergeApi {

    record MergeRequest(String base, String regional, String master) {
    }

    private final ThreeWayMerge merge = new ThreeWayMerge();

    @PostMapping("/preview")
    @Operation(summary = "Three-way merge: base = the master version the variant came from, regional = the variant, master = the new master."
            + " Conflicted text carries git-style markers in 'merged'.")
    MergeResult preview(@RequestBody MergeRequest request) {
        new InputCheck()
                .require(request.base() != null, "base", "is required (may be empty text)")
                .require(request.regional() != null, "regional", "is required (may be empty text)")
                .require(request.master() != null, "master", "is required (may be empty text)")
                .throwIfInvalid();
        return merge.merge(request.base(), request.regional(), request.master());
    }
}
