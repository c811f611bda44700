package dev.launchdesk.training.bank;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.FormErrors;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Uploads;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.training.bank.formats.QuestionBankRejectedException;

/**
 * The trainer's question bank page per SOP section: the questions with their versions, writing and revising them,
 * the questions an SOP change flagged for review, and the bank's files (import GIFT, CSV, XLSX; export).
 */
@Controller
@RequestMapping("/training/questions")
class QuestionPages {

    private final QuestionBank bank;
    private final QuestionBankFiles files;
    private final PublishedSections sops;

    QuestionPages(QuestionBank bank, QuestionBankFiles files, PublishedSections sops) {
        this.bank = bank;
        this.files = files;
        this.sops = sops;
    }

    @GetMapping
    String list(@RequestParam(required = false) String sopKey, @RequestParam(required = false) String section,
                @RequestParam(required = false) Boolean review, Model model) {
        return listView(sopKey, section, review, model);
    }

    @GetMapping("/new")
    String createForm(@RequestParam String sopKey, @RequestParam String section, Model model) {
        model.addAttribute("form", QuestionPageForm.blank(sopKey.trim(), section.trim()));
        return formView(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") QuestionPageForm form, BindingResult binding, Actor actor, Model model, RedirectAttributes redirect) {
        return FormErrors.saveOrShowForm(binding, () -> formView(null, model), () -> {
            QuestionBank.BankedQuestion added = bank.add(form.form(), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.question.added"));
            return redirectTo(added.question());
        });
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        QuestionBank.BankedQuestion banked = bank.banked(id);
        model.addAttribute("form", QuestionPageForm.of(banked.question(), banked.current()));
        return formView(banked, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("form") QuestionPageForm form, BindingResult binding, Actor actor, Model model,
                  RedirectAttributes redirect) {
        QuestionBank.BankedQuestion banked = bank.banked(id);
        return FormErrors.saveOrShowForm(binding, () -> formView(banked, model), () -> {
            QuestionBank.BankedQuestion revised = bank.revise(id, form.form(), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.question.revised", String.valueOf(revised.current().version())));
            return redirectTo(revised.question());
        });
    }

    /** The trainer checked a question an SOP change flagged, and keeps it as it is. */
    @PostMapping("/{id}/review")
    String confirm(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        QuestionBank.BankedQuestion confirmed = bank.confirm(id, actor);
        redirect.addFlashAttribute("notice", UserTexts.of("flash.training.question.confirmed"));
        return redirectTo(confirmed.question());
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format,
                      @RequestParam(required = false) String sopKey, @RequestParam(required = false) String section,
                      @RequestParam(required = false) String language, Actor actor, Model model, RedirectAttributes redirect) throws IOException {
        try {
            QuestionBankFiles.Imported imported = files.importFile(BankFormat.of(format, file.getOriginalFilename()), Uploads.bytes(file, "file"),
                    new QuestionBankFiles.ImportOptions(section == null || section.isBlank() ? null : sopKey, section, null, language), actor);
            redirect.addFlashAttribute("notice", UserTexts.of("flash.training.question.imported", String.valueOf(imported.questions()),
                    String.valueOf(imported.added()), String.valueOf(imported.unchanged())));
            return "redirect:/training/questions" + query(sopKey, section);
        } catch (QuestionBankRejectedException e) {
            model.addAttribute("rejected", e);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return listView(sopKey, section, null, model);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam String sopKey, @RequestParam(required = false, defaultValue = "csv") String format) {
        return QuestionApi.download(files, sopKey, format);
    }

    private String listView(String sopKey, String section, Boolean review, Model model) {
        Optional<PublishedSop> sop = sopKey == null || sopKey.isBlank() ? Optional.empty() : sops.inForce(sopKey.trim(), null, null);
        if (sopKey != null && !sopKey.isBlank() && sop.isEmpty()) {
            throw InvalidInputException.of("sopKey", UserTexts.of("problem.training.question.sop-not-published", sopKey.trim()));
        }
        String anchor = section == null || section.isBlank() ? null : section.trim();
        if (anchor != null && sop.isPresent() && sop.get().section(anchor).isEmpty()) {
            throw InvalidInputException.of("section", UserTexts.of("problem.training.question.no-section", sop.get().sopKey(),
                    String.valueOf(sop.get().number()), anchor, String.valueOf(sop.get().sections().stream().map(PublishedSections.Section::anchor).toList())));
        }
        boolean flagged = Boolean.TRUE.equals(review);
        List<QuestionBank.BankedQuestion> questions = sop.isEmpty() && !flagged ? List.of()
                : bank.list(sop.map(PublishedSop::sopKey).orElse(null), flagged ? Boolean.TRUE : null).stream()
                .filter(q -> anchor == null || q.question().sectionAnchor().equals(anchor)).toList();
        model.addAttribute("sops", sops.publishedMasters());
        model.addAttribute("sop", sop.orElse(null));
        model.addAttribute("section", anchor);
        model.addAttribute("review", flagged);
        model.addAttribute("questions", questions);
        model.addAttribute("needingReview", bank.needingReview());
        return "training/questions";
    }

    private String formView(QuestionBank.BankedQuestion banked, Model model) {
        QuestionPageForm form = (QuestionPageForm) model.getAttribute("form");
        model.addAttribute("banked", banked);
        model.addAttribute("versions", banked == null ? List.of() : bank.versions(banked.question().id()));
        model.addAttribute("sop", form == null || form.sopKey() == null ? null : sops.inForce(form.sopKey().trim(), null, null).orElse(null));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("optionCount", QuestionVersion.MAX_OPTIONS);
        return "training/question-form";
    }

    private static String redirectTo(Question question) {
        return "redirect:/training/questions" + query(question.sopKey(), question.sectionAnchor());
    }

    private static String query(String sopKey, String section) {
        if (sopKey == null || sopKey.isBlank()) {
            return "";
        }
        return UriComponentsBuilder.newInstance().queryParam("sopKey", sopKey.trim())
                .queryParamIfPresent("section", Optional.ofNullable(section).filter(s -> !s.isBlank()).map(String::trim)).build().encode().toUriString();
    }
}
