package dev.launchdesk.notify.mail;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;

/** Admins read the e-mails written to the outbox folder (no mail server configured): the newest, and each one whole. */
@Controller
@RequestMapping("/admin/mail-outbox")
class MailOutboxPages {

    static final int SHOWN = 200;

    private final MailOutboxFolder folder;
    private final MailChannel channel;

    MailOutboxPages(MailOutboxFolder folder, MailChannel channel) {
        this.folder = folder;
        this.channel = channel;
    }

    @GetMapping
    String list(Model model) throws IOException {
        model.addAttribute("mails", folder.newest(SHOWN));
        model.addAttribute("total", folder.count());
        model.addAttribute("folder", folder.folder().toString());
        model.addAttribute("smtp", channel.destination().equals("smtp"));
        return "notifications/mail-outbox";
    }

    @GetMapping("/{name}")
    String show(@PathVariable String name, Model model) throws IOException {
        model.addAttribute("mail", folder.describe(name).orElseThrow(() -> new NotFoundException(
                UserTexts.of("problem.notify.mail.what"), name)));
        model.addAttribute("text", folder.text(name).orElse(""));
        model.addAttribute("raw", folder.read(name).orElse(""));
        return "notifications/mail";
    }
}
