package dev.launchdesk.sop.authoring;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersionView;
import dev.launchdesk.sop.library.VariantState;
import dev.launchdesk.sop.merge.ConflictResolution;
import dev.launchdesk.sop.merge.MergeConflict;
import dev.launchdesk.sop.variant.RegionalVariants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "SOPs", description = "Master SOPs, regional variants, versions and their review workflow")
class SopApi {

    record SopSummary(UUID id, String key, String scope, String title, String category, Integer publishedVersion,
                      LocalDate effectiveDate, LocalDate reviewBy, int latestVersion, SopStatus latestStatus) {
    }

    record SopDetail(SopDocument document, List<SopVersionView> versions) {
    }

    record VariantRequest(String marketCode, UUID vendorId) {
    }

    record Comment(String comment) {
    }

    record MatrixEntry(UUID masterId, String key, String marketCode, UUID variantId, VariantState state) {
    }

    private final SopLibrary library;
    private final SopAuthoring authoring;
    private final RegionalVariants variants;

    SopApi(SopLibrary library, SopAuthoring authoring, RegionalVariants variants) {
        this.library = library;
        this.authoring = authoring;
        this.variants = variants;
    }

    @GetMapping("/sops")
    @Operation(summary = "Master SOPs with the version in force and the newest version")
    List<SopSummary> masters(Actor actor) {
        return library.masters(actor).stream().map(r -> new SopSummary(r.document().id(), r.document().key(), r.document().scope(),
                r.document().title(), r.document().category(), r.published() == null ? null : r.published().number(),
                r.published() == null ? null : r.published().effectiveDate(), r.published() == null ? null : r.published().reviewBy(),
                r.latest().number(), r.latest().status())).toList();
    }

    @PostMapping("/sops")
    @Operation(operationId = "createSop", summary = "Create a master SOP; its first version is a draft")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SopDetail> create(@RequestBody NewSopForm form, Actor actor) {
        SopDocument document = authoring.createMaster(form, actor);
        return ResponseEntity.created(URI.create("/api/v1/sops/" + document.id())).body(detail(document.id(), actor));
    }

    @GetMapping("/sops/{id}")
    @Operation(summary = "An SOP (master or variant) with the versions the caller may see")
    SopDetail sop(@PathVariable UUID id, Actor actor) {
        return detail(id, actor);
    }

    @GetMapping("/sops/{id}/variants")
    @Operation(summary = "The regional variants of a master")
    List<SopDocument> variantsOf(@PathVariable UUID id, Actor actor) {
        return library.variantsOf(library.document(id, actor.vendorScope()).id(), actor.vendorScope());
    }

    @PostMapping("/sops/{id}/variants")
    @Operation(summary = "Derive a variant of the master's published version for a market (and optionally one vendor)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SopDetail> derive(@PathVariable UUID id, @RequestBody VariantRequest request, Actor actor) {
        SopDocument variant = variants.derive(id, request.marketCode(), request.vendorId(), actor);
        return ResponseEntity.created(URI.create("/api/v1/sops/" + variant.id())).body(detail(variant.id(), actor));
    }

    @PostMapping("/sops/{id}/revisions")
    @Operation(summary = "Start the next version as a draft")
    SopVersionView startRevision(@PathVariable UUID id, Actor actor) {
        return SopVersionView.of(authoring.startRevision(id, actor));
    }

    @GetMapping("/sops/{id}/diff")
    @Operation(summary = "Line diff of two versions with word-level marks (<del>/<ins>) inside changed lines")
    List<SopDiff.Row> diff(@PathVariable UUID id, @RequestParam UUID from, @RequestParam UUID to, Actor actor) {
        library.document(id, actor.vendorScope());
        return SopDiff.rows(library.version(from, actor).body(), library.version(to, actor).body());
    }

    @GetMapping("/sop-matrix")
    @Operation(summary = "Every master × market with the state of the market's variant")
    List<MatrixEntry> matrix(Actor actor) {
        return library.matrix(actor.vendorScope()).stream().flatMap(row -> row.cells().entrySet().stream()
                .map(c -> new MatrixEntry(row.master().id(), row.master().key(), c.getKey(),
                        c.getValue().variant() == null ? null : c.getValue().variant().id(), c.getValue().state()))).toList();
    }

    @GetMapping("/sop-versions/{id}")
    @Operation(summary = "One version")
    SopVersionView version(@PathVariable UUID id, Actor actor) {
        return SopVersionView.of(library.version(id, actor));
    }

    @GetMapping("/sop-versions/{id}/conflicts")
    @Operation(summary = "The unresolved merge conflicts of a propagated draft")
    List<MergeConflict> conflicts(@PathVariable UUID id, Actor actor) {
        return variants.conflictsOf(library.version(id, actor));
    }

    @PutMapping("/sop-versions/{id}")
    @Operation(summary = "Edit a draft; send the lockVersion you read, a stale one answers 409")
    SopVersionView edit(@PathVariable UUID id, @RequestBody DraftForm form, Actor actor) {
        return SopVersionView.of(authoring.editDraft(id, form, actor));
    }

    @PostMapping("/sop-versions/{id}/submit")
    @Operation(summary = "Submit a draft for review (unknown policy parameters and unresolved conflicts are refused)")
    SopVersionView submit(@PathVariable UUID id, Actor actor) {
        return SopVersionView.of(authoring.submit(id, actor));
    }

    @PostMapping("/sop-versions/{id}/approve")
    @Operation(summary = "Approve a version in review (not by its author)")
    SopVersionView approve(@PathVariable UUID id, @RequestBody(required = false) Comment comment, Actor actor) {
        return SopVersionView.of(authoring.approve(id, comment == null ? null : comment.comment(), actor));
    }

    @PostMapping("/sop-versions/{id}/request-changes")
    @Operation(summary = "Send a version in review back to draft with a comment")
    SopVersionView requestChanges(@PathVariable UUID id, @RequestBody Comment comment, Actor actor) {
        return SopVersionView.of(authoring.requestChanges(id, comment.comment(), actor));
    }

    @PostMapping("/sop-versions/{id}/publish")
    @Operation(summary = "Publish an approved version; a master is then merged into every regional variant")
    SopVersionView publish(@PathVariable UUID id, @RequestBody(required = false) PublishForm form, Actor actor) {
        return SopVersionView.of(authoring.publish(id, form, actor));
    }

    @PostMapping("/sop-versions/{id}/withdraw")
    @Operation(summary = "Withdraw an open version; it stays in the history")
    SopVersionView withdraw(@PathVariable UUID id, Actor actor) {
        return SopVersionView.of(authoring.withdraw(id, actor));
    }

    @PostMapping("/sop-versions/{id}/resolutions")
    @Operation(summary = "Resolve every conflict hunk of a propagated draft: TAKE_MASTER, KEEP_REGIONAL or EDIT with text")
    SopVersionView resolve(@PathVariable UUID id, @RequestBody List<ConflictResolution> resolutions, Actor actor) {
        return SopVersionView.of(variants.resolve(id, resolutions, actor));
    }

    private SopDetail detail(UUID id, Actor actor) {
        SopDocument document = library.document(id, actor.vendorScope());
        return new SopDetail(document, library.versionsOf(document, actor).stream().map(SopVersionView::of).toList());
    }
}
