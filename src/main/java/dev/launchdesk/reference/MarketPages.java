package dev.launchdesk.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.FormErrors;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

@Controller
@RequestMapping("/markets")
class MarketPages {

    private final MarketCatalog catalog;
    private final VendorNetwork vendors;
    private final Clock clock;

    MarketPages(MarketCatalog catalog, VendorNetwork vendors, Clock clock) {
        this.catalog = catalog;
        this.vendors = vendors;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("markets", catalog.markets());
        return "markets/list";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, VendorScope scope, Model model) {
        Market market = catalog.market(code);
        LocalDate today = market.today(clock);
        model.addAttribute("market", market);
        model.addAttribute("today", today);
        model.addAttribute("inForce", catalog.inForce(code, today));
        model.addAttribute("scheduled", catalog.scheduledAfter(code, today));
        Map<String, List<PolicyParameter>> history = catalog.history(code).stream()
                .collect(Collectors.groupingBy(PolicyParameter::key, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("history", history);
        model.addAttribute("sites", vendors.sitesIn(code, scope));
        model.addAttribute("vendorNames", vendors.vendors(scope).stream().collect(Collectors.toMap(Vendor::id, Vendor::name)));
        if (!model.containsAttribute("parameterForm")) {
            model.addAttribute("parameterForm", PolicyParameterForm.blank(today));
        }
        return "markets/show";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", MarketForm.blank());
        return formView(model, true);
    }

    @PostMapping
    String create(@ModelAttribute("form") MarketForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.saveOrShowForm(binding, () -> formView(model, true), () -> {
            Market market = catalog.create(form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.market.created", market.code()));
            return "redirect:/markets/" + market.code();
        });
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", MarketForm.of(catalog.market(code)));
        return formView(model, false);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") MarketForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        catalog.market(code);
        return FormErrors.saveOrShowForm(binding, () -> formView(model, false), () -> {
            catalog.update(code, form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.market.saved", code.toUpperCase()));
            return "redirect:/markets/" + code.toUpperCase();
        });
    }

    @PostMapping("/{code}/parameters")
    String recordParameter(@PathVariable String code, @ModelAttribute("parameterForm") PolicyParameterForm form, BindingResult binding,
                           VendorScope scope, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                PolicyParameter value = catalog.recordParameter(code, form);
                redirect.addFlashAttribute("notice", UserTexts.of("flash.policy.recorded", value.key(), String.valueOf(value.value()), String.valueOf(value.effectiveFrom())));
                return "redirect:/markets/" + value.marketCode();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("problem", UserTexts.of("problem.policy.notRecorded"));
        return show(code, scope, model);
    }

    private String formView(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("regions", Region.values());
        return "markets/form";
    }
}
