package dev.launchdesk.identity;

import java.util.Map;
import java.util.UUID;
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

import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.FormErrors;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.UserTexts;

@Controller
@RequestMapping("/users")
class UserPages {

    private final UserAdministration administration;
    private final VendorDirectory vendors;

    UserPages(UserAdministration administration, VendorDirectory vendors) {
        this.administration = administration;
        this.vendors = vendors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", administration.users());
        model.addAttribute("vendorNames", vendorNames());
        return "users/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UserForm.blank());
        return formView(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.saveOrShowForm(binding, () -> formView(null, model), () -> {
            UserView user = administration.create(form);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.user.created", user.username()));
            return "redirect:/users";
        });
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        UserView user = administration.user(id);
        model.addAttribute("form", UserForm.of(user, administration.agentExternalIdOf(user)));
        return formView(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult binding, Actor actor, Model model,
                  RedirectAttributes redirect) {
        administration.user(id);
        return FormErrors.saveOrShowForm(binding, () -> formView(id, model), () -> {
            UserView user = administration.update(id, form, actor.userId());
            redirect.addFlashAttribute("notice", UserTexts.of("flash.user.saved", user.username()));
            return "redirect:/users";
        });
    }

    private String formView(UUID userId, Model model) {
        model.addAttribute("userId", userId);
        model.addAttribute("roles", Role.values());
        model.addAttribute("vendors", vendors.vendorNames());
        return "users/form";
    }

    private Map<UUID, String> vendorNames() {
        return vendors.vendorNames().stream().collect(Collectors.toMap(VendorDirectory.VendorName::id, VendorDirectory.VendorName::name));
    }
}
