package dev.launchdesk.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final boolean demoData;

    LoginController(@Value("${launchdesk.demo-data.enabled:false}") boolean demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedMinutes", locked.matches("\\d{1,3}") ? Integer.parseInt(locked) : 1);
        }
        if (demoData) {
            model.addAttribute("demoLogins", List.of("admin", "gtm", "sopeditor", "trainer", "vendorlead", "agent", "analyst", "viewer"));
        }
        return "login";
    }
}
