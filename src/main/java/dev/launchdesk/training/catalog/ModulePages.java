package dev.launchdesk.training.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.FormErrors;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;

/**
 * The trainer's module pages: the modules (by SOP, market and state), a module with its sections, pinned SOP version,
 * quiz policy, notes and delta modules, and the form that builds or changes one from an SOP's sections.
 */
@Controller
@RequestMapping("/training/modules")
class ModulePages {

    /** Where a module stands against its SOP: written for the version in force, a newer one published since, none in force. */
    public enum State {
        CURRENT, SOP_CHANGED, SOP_NOT_IN_FORCE
    }

    /** A module as the list shows it. */
    public record Row(TrainingModule module, State state, Integer versionInForce, int deltas) {
    }

    private final ModuleCatalog catalog;
    private final PublishedSections sops;
    private final MarketDirectory markets;

    ModulePages(ModuleCatalog catalog, PublishedSections sops, MarketDirectory markets) {
        this.catalog = catalog;
        this.sops = sops;
        this.markets = markets;
    }

    @GetMapping
    String list(@RequestParam(required = false) String market, @RequestParam(required = false) String sopKey,
                @RequestParam(required = false) String state, Model model) {
        String marketCode = blank(market) ? null : market.trim().toUpperCase(Locale.ROOT);
        State wanted = state(state);
        List<Row> rows = catalog.modules(marketCode, blank(sopKey) ? null : sopKey.trim()).stream().map(this::row)
                .filter(r -> wanted == null || r.state() == wanted).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("markets", markets.markets());
        model.addAttribute("sops", sops.publishedMasters());
        model.addAttribute("states", State.values());
        model.addAttribute("market", marketCode);
        model.addAttribute("sopKey", blank(sopKey) ? null : sopKey.trim());
        model.addAttribute("state", wanted);
        return "training/modules";
    }

    /** The form: first the SOP and market (a GET of this page), then the sections of that SOP as in force in the market. */
    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String sopKey, @RequestParam(required = false) String market, Model model) {
        model.addAttribute("form", ModulePageForm.blank(blank(sopKey) ? null : sopKey.trim(), blank(market) ? null : market.trim()));
        return formView(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ModulePageForm form, BindingResult binding, Actor actor, Model model, RedirectAttributes redirect) {
        return FormErrors.saveOrShowForm(binding, () -> formView(null, model), () -> {
            TrainingModule module = catalog.create(form.form(), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.module.created", module.title()));
            return "redirect:/training/modules/" + module.id();
        });
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        TrainingModule module = catalog.module(id);
        model.addAttribute("module", module);
        model.addAttribute("row", row(module));
        model.addAttribute("base", module.isDelta() ? catalog.module(module.baseModuleId()) : null);
        model.addAttribute("deltas", module.isDelta() ? List.of() : catalog.deltasOf(id));
        return "training/module";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        TrainingModule module = catalog.module(id);
        if (module.isDelta()) {
            redirect.addFlashAttribute("problem", UserTexts.of("problem.training.module.delta-not-editable"));
            return "redirect:/training/modules/" + id;
        }
        model.addAttribute("form", ModulePageForm.of(module));
        return formView(module, model);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, @ModelAttribute("form") ModulePageForm form, BindingResult binding, Actor actor, Model model,
                RedirectAttributes redirect) {
        TrainingModule module = catalog.module(id);
        return FormErrors.saveOrShowForm(binding, () -> formView(module, model), () -> {
            TrainingModule changed = catalog.revise(id, form.form(), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.module.saved", changed.title()));
            return "redirect:/training/modules/" + id;
        });
    }

    /** A trainer marks a delta module informational: its agents read and acknowledge the change, without a quiz. */
    @PostMapping("/{id}/informational")
    String informational(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        try {
            TrainingModule module = catalog.markInformational(id, actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.module.informational", module.title()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/training/modules/" + id;
    }

    private String formView(TrainingModule module, Model model) {
        ModulePageForm form = (ModulePageForm) model.getAttribute("form");
        String sopKey = module != null ? module.sopKey() : form == null ? null : form.sopKey();
        String market = module != null ? module.marketCode() : form == null ? null : form.market();
        Optional<PublishedSop> sop = blank(sopKey) || blank(market) ? Optional.empty()
                : sops.inForce(sopKey.trim(), market.trim().toUpperCase(Locale.ROOT), null);
        model.addAttribute("module", module);
        model.addAttribute("markets", markets.markets());
        model.addAttribute("sops", sops.publishedMasters());
        model.addAttribute("sop", sop.orElse(null));
        model.addAttribute("chosen", !blank(sopKey) && !blank(market));
        return "training/module-form";
    }

    private Row row(TrainingModule module) {
        Optional<PublishedSop> inForce = catalog.sopInForce(module, null);
        State state = inForce.isEmpty() ? State.SOP_NOT_IN_FORCE
                : inForce.get().versionId().equals(module.pinnedVersionId()) ? State.CURRENT : State.SOP_CHANGED;
        return new Row(module, state, inForce.map(PublishedSop::number).orElse(null), module.isDelta() ? 0 : catalog.deltasOf(module.id()).size());
    }

    private static State state(String state) {
        if (blank(state)) {
            return null;
        }
        try {
            return State.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("state", UserTexts.of("problem.training.module.state", state.trim(), List.of(State.values()).toString()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
