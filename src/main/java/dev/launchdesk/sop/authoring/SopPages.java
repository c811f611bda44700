package dev.launchdesk.sop.authoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.FormErrors;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.sop.library.SopCategories;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopRenderer;
import dev.launchdesk.sop.library.SopSettings;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.VariantState;
import dev.launchdesk.sop.markdown.SopText;
import dev.launchdesk.sop.translation.SopTranslationDesk;
import dev.launchdesk.sop.variant.RegionalVariants;

@Controller
@RequestMapping("/sops")
class SopPages {


    private final SopLibrary library;
    private final SopAuthoring authoring;
    private final RegionalVariants variants;
    private final MarketDirectory markets;
    private final PolicyLookup policies;
    private final VendorDirectory vendors;
    private final SopRenderer renderer;
    private final SopTranslationDesk translations;
    private final SopSettings settings;
    private final MessageSource messages;

    SopPages(SopLibrary library, SopAuthoring authoring, RegionalVariants variants, MarketDirectory markets, PolicyLookup policies,
             VendorDirectory vendors, SopRenderer renderer, SopTranslationDesk translations, SopSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
        this.renderer = renderer;
        this.translations = translations;
        this.library = library;
        this.authoring = authoring;
        this.variants = variants;
        this.markets = markets;
        this.policies = policies;
        this.vendors = vendors;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("masters", library.masters(actor));
        model.addAttribute("today", library.today());
        return "sops/list";
    }

    @GetMapping("/matrix")
    String matrix(Actor actor, Model model) {
        List<SopLibrary.MatrixRow> rows = library.matrix(actor.vendorScope());
        // a market without any variant would be a column of dashes: it is named under the table instead
        List<String> all = markets.markets().stream().map(m -> m.code()).sorted().toList();
        List<String> withVariants = all.stream()
                .filter(m -> rows.stream().anyMatch(r -> r.cells().get(m) != null && r.cells().get(m).variant() != null)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("markets", withVariants);
        model.addAttribute("marketsWithoutVariants", all.stream().filter(m -> !withVariants.contains(m)).toList());
        model.addAttribute("states", VariantState.values());
        return "sops/matrix";
    }

    @GetMapping("/due")
    String due(Actor actor, Model model) {
        model.addAttribute("due", library.dueForReview(actor.vendorScope()));
        return "sops/due";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", NewSopForm.blank());
        return newView(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewSopForm form, BindingResult binding, Actor actor, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                SopDocument document = authoring.createMaster(form, actor);
                redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of("flash.sop.created", document.key()));
                return "redirect:/sops/" + document.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return newView(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String lang, Actor actor, Model model) {
        SopDocument document = library.document(id, actor.vendorScope());
        List<SopVersion> versions = library.versionsOf(document, actor);
        SopVersion published = versions.stream().filter(v -> v.status() == SopStatus.PUBLISHED).findFirst().orElse(null);
        SopVersion open = versions.stream().filter(v -> v.status().isOpen()).findFirst().orElse(null);
        model.addAttribute("document", document);
        model.addAttribute("versions", versions);
        model.addAttribute("mergedMasters", library.mergedMasters(versions));
        model.addAttribute("published", published);
        model.addAttribute("open", open);
        model.addAttribute("today", library.todayFor(document));
        List<SopTranslationDesk.LanguageStatus> translationStatuses = translations.statuses(document);
        if (published != null) {
            boolean translated = lang != null && translationStatuses.stream()
                    .anyMatch(t -> t.language().equals(lang) && t.translated() > 0);
            String body = translated ? translations.translated(document, lang).markdown() : published.body();
            model.addAttribute("publishedHtml", renderer.render(document, body));
            model.addAttribute("readingLanguage", translated ? lang : document.language());
        }
        model.addAttribute("translationStatuses", translationStatuses);
        if (document.isMaster()) {
            model.addAttribute("variants", library.variantsOf(document.id(), actor.vendorScope()));
            model.addAttribute("markets", markets.markets());
            model.addAttribute("vendors", vendors.vendorNames());
        } else {
            model.addAttribute("master", library.document(document.masterId(), dev.launchdesk.shared.VendorScope.all()));
            model.addAttribute("masterPublished", library.published(document.masterId()).orElse(null));
            model.addAttribute("vendorName", document.vendorId() == null ? null
                    : vendors.vendorName(document.vendorId()).map(VendorDirectory.VendorName::name).orElse(null));
        }
        return "sops/show";
    }

    @PostMapping("/{id}/variants")
    String derive(@PathVariable UUID id, @RequestParam String marketCode, @RequestParam(required = false) UUID vendorId, Actor actor,
                  RedirectAttributes redirect) {
        try {
            SopDocument variant = variants.derive(id, marketCode, vendorId, actor);
            redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of("flash.sop.variantDerived", variant.scope()));
            return "redirect:/sops/" + variant.id();
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", dev.launchdesk.shared.UserTexts.of("flash.sop.variantNotCreated", e.getMessage()));
            return "redirect:/sops/" + id;
        }
    }

    /** The editor for the next version, filled with the text in force; nothing is stored until the editor saves. */
    @GetMapping("/{id}/revisions/new")
    String newRevision(@PathVariable UUID id, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            SopVersion latest = authoring.startingPoint(id);
            return revisionView(library.document(id, actor.vendorScope()), latest.title(), latest.body(), null, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/sops/" + id;
        }
    }

    @PostMapping("/{id}/revisions")
    String startRevision(@PathVariable UUID id, @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                         @RequestParam(required = false) String changeNote, Actor actor, Model model, RedirectAttributes redirect) {
        SopDocument document = library.document(id, actor.vendorScope());
        try {
            SopVersion draft = authoring.startRevision(id, new DraftForm(title, body, changeNote, 0), actor);
            redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of("flash.sop.versionSaved", String.valueOf(draft.number())));
            return "redirect:/sops/versions/" + draft.id();
        } catch (InvalidInputException e) {
            model.addAttribute("problem", dev.launchdesk.shared.UserTexts.of("problem.notSaved", e.getMessage()));
            e.problems().stream().filter(p -> p.field().equals("body")).findFirst()
                    .ifPresent(p -> model.addAttribute("bodyError", p.message()));
            return revisionView(document, title, body, changeNote, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/sops/" + id;
        }
    }

    private String revisionView(SopDocument document, String title, String body, String changeNote, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("draftTitle", title);
        model.addAttribute("body", body);
        model.addAttribute("changeNote", changeNote);
        model.addAttribute("previewHtml", renderer.render(document, body));
        model.addAttribute("knownKeys", document.isMaster() ? policies.knownKeys() : renderer.valuesToday(document.marketCode()).keySet());
        return "sops/edit";
    }

    /** htmx: the live preview of the editor. */
    @PostMapping("/preview")
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String body, @RequestParam(required = false) String marketCode) {
        SopText text = SopText.of(body);
        if (!settings.fits(text)) {
            String field = messages.getMessage("sop.field.body", null, LocaleContextHolder.getLocale());
            return "<p class=\"error\">" + HtmlUtils.htmlEscape(field + " " + settings.tooLong(text)) + "</p>";
        }
        Map<String, String> values = marketCode == null || marketCode.isBlank() ? Map.of() : renderer.valuesToday(marketCode);
        return SopRenderer.withValues(text.markdown(), values);
    }


    private String newView(Model model) {
        model.addAttribute("categories", SopCategories.ALL);
        model.addAttribute("knownKeys", policies.knownKeys());
        return "sops/new";
    }
}
