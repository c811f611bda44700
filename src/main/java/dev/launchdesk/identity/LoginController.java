package dev.launchdesk.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demoData;

    LoginController(@Value("${launchdesk.demo-data.enabled:false}") boolean demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (demoData) {
            model.addAttribute("demoLogins", List.of("admin", "gtm", "sopeditor", "trainer", "vendorlead", "agent", "analyst", "viewer"));
        }
        return "login";
    }
}
