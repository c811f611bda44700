package dev.launchdesk.sop.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopRenderer;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.markdown.SopSections;
import dev.launchdesk.sop.merge.ConflictResolution;
import dev.launchdesk.sop.merge.MergeConflict;
import dev.launchdesk.sop.variant.RegionalVariants;
import jakarta.servlet.http.HttpServletRequest;

@Controller
@RequestMapping("/sops")
class SopVersionPages {

    private final SopLibrary library;
    private final SopAuthoring authoring;
    private final RegionalVariants variants;
    private final SopRenderer renderer;
    private final PolicyLookup policies;
    private final SopReviews reviews;

    SopVersionPages(SopLibrary library, SopAuthoring authoring, RegionalVariants variants, SopRenderer renderer, PolicyLookup policies,
                    SopReviews reviews) {
        this.reviews = reviews;
        this.library = library;
        this.authoring = authoring;
        this.variants = variants;
        this.renderer = renderer;
        this.policies = policies;
    }

    @GetMapping("/versions/{id}")
    String show(@PathVariable UUID id, Actor actor, Model model) {
        SopVersion version = library.version(id, actor);
        SopDocument document = library.document(version.documentId(), actor.vendorScope());
        model.addAttribute("version", version);
        model.addAttribute("document", document);
        model.addAttribute("html", renderer.render(document, version.body()));
        model.addAttribute("sections", SopSections.of(version.body()));
        model.addAttribute("conflicts", variants.conflictsOf(version).stream().map(ConflictView::of).toList());
        model.addAttribute("reviews", reviews.of(version.id()));
        if (version.baseMasterVersionId() != null) {
            model.addAttribute("baseMaster", library.findVersion(version.baseMasterVersionId()).orElse(null));
        }
        if (version.status().isOpen()) {
            // what a reviewer decides on: this text against the one in force
            library.published(document.id()).ifPresent(inForce -> {
                model.addAttribute("inForce", inForce);
                if (!version.hasConflicts()) {
                    model.addAttribute("changes", SopDiff.rows(inForce.body(), version.body()));
                    model.addAttribute("changed", !inForce.body().equals(version.body()));
                }
            });
        }
        return "sops/version";
    }

    @GetMapping("/versions/{id}/edit")
    String edit(@PathVariable UUID id, Actor actor, Model model) {
        SopVersion version = library.version(id, actor);
        SopDocument document = library.document(version.documentId(), VendorScope.all());
        if (version.status() != SopStatus.DRAFT) {
            model.addAttribute("problem", dev.launchdesk.shared.UserTexts.of("problem.sop.versionClosed", String.valueOf(version.number()), version.status().words()));
        } else if (version.hasConflicts()) {
            model.addAttribute("problem", dev.launchdesk.shared.UserTexts.of("problem.sop.conflictsFirst"));
        }
        model.addAttribute("version", version);
        model.addAttribute("document", document);
        model.addAttribute("draftTitle", version.title());
        model.addAttribute("body", version.body());
        model.addAttribute("changeNote", version.changeNote());
        model.addAttribute("lockVersion", version.lockVersion());
        model.addAttribute("previewHtml", renderer.render(document, version.body()));
        model.addAttribute("knownKeys", document.isMaster() ? policies.knownKeys()
                : renderer.valuesToday(document.marketCode()).keySet());
        return "sops/edit";
    }

    @PostMapping("/versions/{id}")
    String save(@PathVariable UUID id, @RequestParam String title, @RequestParam String body,
                @RequestParam(required = false) String changeNote, @RequestParam Integer lockVersion, Actor actor, Model model,
                RedirectAttributes redirect) {
        try {
            authoring.editDraft(id, new DraftForm(title, body, changeNote, lockVersion), actor);
            redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of("flash.sop.draftSaved"));
            return "redirect:/sops/versions/" + id;
        } catch (InvalidInputException | ConflictException e) {
            edit(id, actor, model);
            model.addAttribute("draftTitle", title);
            model.addAttribute("body", body);
            model.addAttribute("changeNote", changeNote);
            model.addAttribute("problem", dev.launchdesk.shared.UserTexts.of(e instanceof ConflictException ? "problem.notSaved.textKept" : "problem.notSaved",
                    e.getMessage()));
            if (e instanceof InvalidInputException invalid) {
                invalid.problems().stream().filter(p -> p.field().equals("body")).findFirst()
                        .ifPresent(p -> model.addAttribute("bodyError", p.message()));
            }
            return "sops/edit";
        }
    }

    @PostMapping("/versions/{id}/submit")
    String submit(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        return step(id, redirect, "flash.sop.submitted", () -> authoring.submit(id, actor));
    }

    @PostMapping("/versions/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String comment, Actor actor, RedirectAttributes redirect) {
        return step(id, redirect, "flash.sop.approved", () -> authoring.approve(id, comment, actor));
    }

    @PostMapping("/versions/{id}/request-changes")
    String requestChanges(@PathVariable UUID id, @RequestParam(required = false) String comment, Actor actor,
                          RedirectAttributes redirect) {
        return step(id, redirect, "flash.sop.sentBack", () -> authoring.requestChanges(id, comment, actor));
    }

    @PostMapping("/versions/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewBy, Actor actor,
                   RedirectAttributes redirect) {
        return step(id, redirect, "flash.sop.published", () -> authoring.publish(id, new PublishForm(effectiveDate, reviewBy), actor));
    }

    @PostMapping("/versions/{id}/withdraw")
    String withdraw(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        return step(id, redirect, "flash.sop.withdrawn", () -> authoring.withdraw(id, actor));
    }

    @GetMapping("/versions/{id}/resolve")
    String resolveForm(@PathVariable UUID id, Actor actor, Model model) {
        SopVersion version = library.version(id, actor);
        model.addAttribute("version", version);
        model.addAttribute("document", library.document(version.documentId(), VendorScope.all()));
        model.addAttribute("conflicts", variants.conflictsOf(version).stream().map(ConflictView::of).toList());
        return "sops/resolve";
    }

    @PostMapping("/versions/{id}/resolve")
    String resolve(@PathVariable UUID id, HttpServletRequest request, Actor actor, Model model, RedirectAttributes redirect) {
        SopVersion version = library.version(id, actor);
        List<MergeConflict> conflicts = variants.conflictsOf(version);
        List<ConflictResolution> resolutions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int hunk = 0; hunk < conflicts.size(); hunk++) {
            String choice = request.getParameter("choice-" + hunk);
            if (choice == null || choice.isBlank()) {
                missing.add(dev.launchdesk.shared.UserTexts.of("problem.sop.conflicts.numbered", String.valueOf(hunk + 1)));
                continue;
            }
            resolutions.add(switch (choice) {
                case "MASTER" -> ConflictResolution.takeMaster(hunk);
                case "REGIONAL" -> ConflictResolution.keepRegional(hunk);
                default -> ConflictResolution.edit(hunk, request.getParameter("text-" + hunk) == null ? "" : request.getParameter("text-" + hunk));
            });
        }
        if (!missing.isEmpty()) {
            model.addAttribute("problem", dev.launchdesk.shared.UserTexts.of("problem.sop.chooseResolution", String.join(", ", missing)));
            return resolveForm(id, actor, model);
        }
        return step(id, redirect, "flash.sop.resolved", () -> variants.resolve(id, resolutions, actor));
    }

    @GetMapping("/{documentId}/diff")
    String diff(@PathVariable UUID documentId, @RequestParam UUID from, @RequestParam UUID to,
                @RequestParam(defaultValue = "side") String mode, Actor actor, Model model) {
        SopVersion older = library.version(from, actor);
        SopVersion newer = library.version(to, actor);
        SopDocument document = library.document(documentId, actor.vendorScope());
        model.addAttribute("document", document);
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("olderDocument", library.document(older.documentId(), actor.vendorScope()));
        // a merged draft with conflicts is no text to compare line by line: its conflicts are shown as hunks instead
        SopVersion conflicted = newer.hasConflicts() ? newer : older.hasConflicts() ? older : null;
        model.addAttribute("conflicted", conflicted);
        model.addAttribute("conflicts", conflicted == null ? List.of()
                : variants.conflictsOf(conflicted).stream().map(ConflictView::of).toList());
        model.addAttribute("rows", conflicted == null ? SopDiff.rows(older.body(), newer.body()) : List.of());
        model.addAttribute("mode", "inline".equals(mode) ? "inline" : "side");
        model.addAttribute("changedSections", conflicted == null ? SopSections.changed(older.body(), newer.body()) : List.of());
        return "sops/diff";
    }

    /** A conflict hunk with its three sides as text blocks, for the resolution page. */
    record ConflictView(int baseStart, String baseText, String regionalText, String masterText) {
        static ConflictView of(MergeConflict c) {
            return new ConflictView(c.baseStart(), String.join("\n", c.baseLines()), String.join("\n", c.regional()),
                    String.join("\n", c.master()));
        }
    }

    private static String step(UUID id, RedirectAttributes redirect, String notice, Supplier<SopVersion> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of(notice));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sops/versions/" + id;
    }
}
