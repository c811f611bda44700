package dev.launchdesk.training.readiness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.AssignmentForm;
import dev.launchdesk.training.assignment.OutsideVendorScope;
import dev.launchdesk.training.assignment.RuleForm;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * The assignments page: a market's assignments with each agent's status (a vendor lead sees their own vendor's agents
 * only), and for a module the forms that assign it by name (trainers; vendor leads their own vendor's agents) or by a
 * live rule on vendor, site, language and skill (trainers).
 */
@Controller
class AssignmentPages {

    /** What the forms held when they were sent back with a problem. */
    record Typed(String agents, String dueOn, String vendor, String site, String language, String skill, String dueInDays) {

        static final Typed EMPTY = new Typed("", "", "", "", "", "", "14");
    }

    private final AssignmentList list;
    private final AssignmentDesk desk;
    private final ModuleCatalog catalog;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;

    AssignmentPages(AssignmentList list, AssignmentDesk desk, ModuleCatalog catalog, MarketDirectory markets, VendorDirectory vendors) {
        this.list = list;
        this.desk = desk;
        this.catalog = catalog;
        this.markets = markets;
        this.vendors = vendors;
    }

    @GetMapping("/training/assignments")
    String assignments(@RequestParam(required = false) UUID module, @RequestParam(required = false) String market,
                       @RequestParam(required = false) String status, Actor actor, Model model) {
        return view(module, market, status, Typed.EMPTY, actor, model);
    }

    @PostMapping("/training/modules/{id}/assignments")
    String assign(@PathVariable UUID id, @RequestParam(required = false) String agents, @RequestParam(required = false) String dueOn,
                  Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Typed typed = new Typed(agents, dueOn, "", "", "", "", "14");
        try {
            List<Assignment> made = desk.assign(id, new AssignmentForm(externalIds(agents), day(dueOn)), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.assigned", String.valueOf(made.size())));
            return "redirect:/training/assignments?module=" + id;
        } catch (OutsideVendorScope e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", UserTexts.of("problem.training.assignment.outside-vendor", String.join(", ", e.agents())));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return view(id, null, null, typed, actor, model);
    }

    @PostMapping("/training/modules/{id}/assignment-rules")
    String addRule(@PathVariable UUID id, @RequestParam(required = false) String vendor, @RequestParam(required = false) String site,
                   @RequestParam(required = false) String language, @RequestParam(required = false) String skill,
                   @RequestParam(required = false) String dueInDays, Actor actor, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        Typed typed = new Typed("", "", vendor, site, language, skill, dueInDays);
        try {
            int assigned = desk.addRule(id, new RuleForm(vendor, site, language, skill, days(dueInDays)), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.ruleAdded", String.valueOf(assigned)));
            return "redirect:/training/assignments?module=" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return view(id, null, null, typed, actor, model);
    }

    private String view(UUID moduleId, String market, String status, Typed typed, Actor actor, Model model) {
        TrainingModule module = moduleId == null ? null : catalog.module(moduleId);
        String code = module != null ? module.marketCode() : market == null || market.isBlank() ? null : market.trim().toUpperCase(Locale.ROOT);
        List<AssignmentRow> rows = code == null ? List.of() : list.ofMarket(code, status, actor.vendorScope()).stream()
                .filter(r -> module == null || r.moduleId().equals(module.id()) || isDeltaOf(r, module)).toList();
        model.addAttribute("module", module);
        model.addAttribute("rules", module == null ? List.of() : desk.rulesOf(module.id()));
        model.addAttribute("modules", code == null ? List.of() : catalog.modules(code, null));
        model.addAttribute("market", code);
        model.addAttribute("status", status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT));
        model.addAttribute("statuses", TrainingStatus.values());
        model.addAttribute("markets", markets.markets());
        model.addAttribute("vendors", vendors.vendorNames());
        model.addAttribute("sites", vendors.sites(actor.vendorScope()));
        model.addAttribute("siteNames", vendors.sites(VendorScope.all()).stream().collect(Collectors.toMap(Site::id, Site::name)));
        model.addAttribute("vendorNames", vendors.vendorNames().stream()
                .collect(Collectors.toMap(VendorDirectory.VendorName::id, VendorDirectory.VendorName::code)));
        model.addAttribute("rows", rows);
        model.addAttribute("typed", typed);
        model.addAttribute("vendorLead", actor.role().isVendorScoped());
        return "training/assignments";
    }

    private boolean isDeltaOf(AssignmentRow row, TrainingModule module) {
        return row.delta() && catalog.module(row.moduleId()).baseModuleId().equals(module.id());
    }

    private static List<String> externalIds(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("dueOn", UserTexts.of("problem.training.form.date", typed.trim()));
        }
    }

    private static Integer days(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("dueInDays", UserTexts.of("problem.training.form.whole-number", typed.trim()));
        }
    }
}
