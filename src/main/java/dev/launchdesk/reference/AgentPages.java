package dev.launchdesk.reference;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dev.launchdesk.shared.Uploads;
import dev.launchdesk.shared.FormErrors;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

@Controller
@RequestMapping("/agents")
class AgentPages {

    private final AgentRoster roster;
    private final RosterImport rosterImport;
    private final VendorNetwork network;
    private final MarketCatalog markets;

    AgentPages(AgentRoster roster, RosterImport rosterImport, VendorNetwork network, MarketCatalog markets) {
        this.roster = roster;
        this.rosterImport = rosterImport;
        this.network = network;
        this.markets = markets;
    }

    @GetMapping
    String list(@RequestParam(required = false) UUID vendorId, @RequestParam(required = false) UUID siteId,
                @RequestParam(required = false) String market, @RequestParam(required = false) AgentStatus status,
                @RequestParam(required = false) String language, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, VendorScope scope, Model model) {
        AgentFilter filter = new AgentFilter(vendorId, siteId, market, status, language, q);
        PageOf<AgentListing> agents = roster.find(filter, scope, Math.max(page, 0), 50);
        model.addAttribute("agents", agents);
        model.addAttribute("filter", filter);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/agents")
                .queryParamIfPresent("vendorId", java.util.Optional.ofNullable(vendorId))
                .queryParamIfPresent("siteId", java.util.Optional.ofNullable(siteId))
                .queryParamIfPresent("market", java.util.Optional.ofNullable(market).filter(s -> !s.isBlank()))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("language", java.util.Optional.ofNullable(language).filter(s -> !s.isBlank()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build().encode().toUriString());
        model.addAttribute("vendors", network.vendors(scope));
        model.addAttribute("sites", network.sites(scope));
        model.addAttribute("markets", markets.markets());
        model.addAttribute("statuses", AgentStatus.values());
        return "agents/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, VendorScope scope, Model model) {
        model.addAttribute("agent", roster.listing(id, scope));
        return "agents/show";
    }

    @GetMapping("/new")
    String createForm(VendorScope scope, Model model) {
        model.addAttribute("form", AgentForm.blank());
        return formView(null, scope, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") AgentForm form, BindingResult binding, VendorScope scope, Model model,
                  RedirectAttributes redirect) {
        return FormErrors.saveOrShowForm(binding, () -> formView(null, scope, model), () -> {
            Agent agent = roster.create(form, scope);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.agent.added", agent.fullName()));
            return "redirect:/agents/" + agent.id();
        });
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, VendorScope scope, Model model) {
        model.addAttribute("form", AgentForm.of(roster.agent(id, scope)));
        return formView(id, scope, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") AgentForm form, BindingResult binding, VendorScope scope, Model model,
                  RedirectAttributes redirect) {
        roster.agent(id, scope);
        return FormErrors.saveOrShowForm(binding, () -> formView(id, scope, model), () -> {
            roster.update(id, form, scope);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.agent.saved"));
            return "redirect:/agents/" + id;
        });
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("columns", RosterImport.COLUMNS);
        return "agents/import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, VendorScope scope, Model model) throws IOException {
        model.addAttribute("columns", RosterImport.COLUMNS);
        model.addAttribute("fileName", file.getOriginalFilename());
        try {
            model.addAttribute("result", rosterImport.importFile(file.getOriginalFilename(), Uploads.bytes(file, "file"), scope));
        } catch (RosterRejectedException e) {
            model.addAttribute("rejected", e);
        }
        return "agents/import";
    }

    @GetMapping("/import/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roster-template.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(RosterImport.template());
    }

    private String formView(UUID agentId, VendorScope scope, Model model) {
        model.addAttribute("agentId", agentId);
        model.addAttribute("sites", network.sites(scope));
        model.addAttribute("vendorNames", network.vendors(scope).stream()
                .collect(java.util.stream.Collectors.toMap(Vendor::id, Vendor::name)));
        model.addAttribute("statuses", AgentStatus.values());
        return "agents/form";
    }
}
