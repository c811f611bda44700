package dev.launchdesk.sop.variant;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.library.SopSettings;
import dev.launchdesk.sop.markdown.SopText;
import dev.launchdesk.sop.merge.MergeConflict;
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

    @PostMapping(value = "/preview", params = "format=text", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The same merge for people to read (?format=text): the merged text with each conflict as a numbered"
            + " placeholder, then every conflict as a hunk with its three sides (new master, regional, before the master change);"
            + " no git-style markers.")
    String previewForPeople(@RequestBody MergeRequest request) {
        MergeResult result = preview(request);
        if (result.clean()) {
            return result.merged();
        }
        StringBuilder text = new StringBuilder(UserTexts.of("sop.mergePreview.conflicts", String.valueOf(result.conflicts().size())))
                .append("\n\n");
        text.append(result.replacingConflicts(hunk -> UserTexts.of("sop.mergePreview.placeholder", String.valueOf(hunk + 1)) + "\n"));
        for (int hunk = 0; hunk < result.conflicts().size(); hunk++) {
            MergeConflict conflict = result.conflicts().get(hunk);
            text.append('\n').append(UserTexts.of("sop.mergePreview.hunk", String.valueOf(hunk + 1), String.valueOf(conflict.baseStart())))
                    .append('\n');
            side(text, UserTexts.of("sop.conflicts.master"), conflict.master());
            side(text, UserTexts.of("sop.mergePreview.regional"), conflict.regional());
            side(text, UserTexts.of("sop.conflicts.base"), conflict.baseLines());
        }
        return text.toString();
    }

    private static void side(StringBuilder text, String name, List<String> lines) {
        text.append("  ").append(name).append(":\n");
        if (lines.isEmpty()) {
            text.append("    (nothing)\n");
        }
        lines.forEach(line -> text.append("    ").append(line).append('\n'));
    }

    @PostMapping("/preview")
    @Operation(summary = "Three-way merge: base = the master version the variant came from, regional = the variant, master = the new master."
            + " The three texts are first normalised as SOP texts are stored (CRLF and CR to LF, NFC, no byte order mark or zero-width"
            + " spaces, no white space at line ends but a Markdown hard break's two spaces, one final line break), so the answer is"
            + " what propagation would do. Conflicted text carries git-style markers in 'merged' for tools; people add ?format=text.")
    MergeResult preview(@RequestBody MergeRequest request) {
        new InputCheck()
                .require(request.base() != null, "base", UserTexts.of("problem.sop.merge.text-required"))
                .require(request.regional() != null, "regional", UserTexts.of("problem.sop.merge.text-required"))
                .require(request.master() != null, "master", UserTexts.of("problem.sop.merge.text-required"))
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
