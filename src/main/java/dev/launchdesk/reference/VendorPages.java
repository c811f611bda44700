package dev.launchdesk.reference;

import java.util.UUID;

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
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

@Controller
@RequestMapping("/vendors")
class VendorPages {

    private final VendorNetwork network;
    private final MarketCatalog markets;

    VendorPages(VendorNetwork network, MarketCatalog markets) {
        this.network = network;
        this.markets = markets;
    }

    @GetMapping
    String list(VendorScope scope, Model model) {
        model.addAttribute("vendors", network.vendors(scope));
        model.addAttribute("sites", network.sites(scope));
        model.addAttribute("agentCounts", network.agentCountBySite(scope));
        return "vendors/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, VendorScope scope, Model model) {
        model.addAttribute("vendor", network.vendor(id, scope));
        model.addAttribute("sites", network.sitesOf(id, scope));
        model.addAttribute("agentCounts", network.agentCountBySite(scope));
        return "vendors/show";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", VendorForm.blank());
        model.addAttribute("creating", true);
        return "vendors/form";
    }

    @PostMapping
    String create(@ModelAttribute("form") VendorForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        return FormErrors.saveOrShowForm(binding, () -> "vendors/form", () -> {
            Vendor vendor = network.createVendor(form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.vendor.created", vendor.name()));
            return "redirect:/vendors/" + vendor.id();
        });
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", VendorForm.of(network.vendor(id, VendorScope.all())));
        model.addAttribute("vendorId", id);
        model.addAttribute("creating", false);
        return "vendors/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") VendorForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        network.vendor(id, VendorScope.all());
        model.addAttribute("vendorId", id);
        model.addAttribute("creating", false);
        return FormErrors.saveOrShowForm(binding, () -> "vendors/form", () -> {
            network.updateVendor(id, form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.vendor.saved"));
            return "redirect:/vendors/" + id;
        });
    }

    @GetMapping("/{id}/sites/new")
    String siteForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", SiteForm.blank());
        return siteFormView(id, null, model);
    }

    @PostMapping("/{id}/sites")
    String createSite(@PathVariable UUID id, @ModelAttribute("form") SiteForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return FormErrors.saveOrShowForm(binding, () -> siteFormView(id, null, model), () -> {
            Site site = network.createSite(id, form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.site.added", site.name()));
            return "redirect:/vendors/" + id;
        });
    }

    @GetMapping("/{id}/sites/{siteId}/edit")
    String editSiteForm(@PathVariable UUID id, @PathVariable UUID siteId, Model model) {
        model.addAttribute("form", SiteForm.of(siteOf(id, siteId)));
        return siteFormView(id, siteId, model);
    }

    @PostMapping("/{id}/sites/{siteId}")
    String updateSite(@PathVariable UUID id, @PathVariable UUID siteId, @ModelAttribute("form") SiteForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        siteOf(id, siteId);
        return FormErrors.saveOrShowForm(binding, () -> siteFormView(id, siteId, model), () -> {
            network.updateSite(siteId, form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.site.saved"));
            return "redirect:/vendors/" + id;
        });
    }

    private Site siteOf(UUID vendorId, UUID siteId) {
        Site site = network.site(siteId, VendorScope.all());
        if (!site.vendorId().equals(vendorId)) {
            throw new dev.launchdesk.shared.NotFoundException(UserTexts.of("problem.reference.site.what"), siteId);
        }
        return site;
    }

    private String siteFormView(UUID vendorId, UUID siteId, Model model) {
        model.addAttribute("vendor", network.vendor(vendorId, VendorScope.all()));
        model.addAttribute("siteId", siteId);
        model.addAttribute("markets", markets.markets());
        return "vendors/site-form";
    }
}
