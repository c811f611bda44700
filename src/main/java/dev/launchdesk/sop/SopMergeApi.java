package dev.launchdesk.sop;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.sop.markdown.SopText;
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
    private final SopSettings settings;

    SopMergeApi(SopSettings settings) {
        this.settings = settings;
    }

    @PostMapping("/preview")
    @Operation(summary = "Three-way merge: base = the master version the variant came from, regional = the variant, master = the new master."
            + " The three texts are first normalised as SOP texts are stored (CRLF and CR to LF, NFC, no byte order mark or zero-width"
            + " spaces, no white space at line ends but a Markdown hard break's two spaces, one final line break), so the answer is"
            + " what propagation would do. Conflicted text carries git-style markers in 'merged'.")
    MergeResult preview(@RequestBody MergeRequest request) {
        new InputCheck()
                .require(request.base() != null, "base", "is required (may be empty text)")
                .require(request.regional() != null, "regional", "is required (may be empty text)")
                .require(request.master() != null, "master", "is required (may be empty text)")
                .throwIfInvalid();
        SopText base = SopText.of(request.base());
        SopText regional = SopText.of(request.regional());
        SopText master = SopText.of(request.master());
        new InputCheck()
                .require(settings.fits(base), "base", settings.tooLong(base))
                .require(settings.fits(regional), "regional", settings.tooLong(regional))
                .require(settings.fits(master), "master", settings.tooLong(master))
                .throwIfInvalid();
        return merge.merge(base.markdown(), regional.markdown(), master.markdown());
    }
}
