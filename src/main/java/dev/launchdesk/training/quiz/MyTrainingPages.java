package dev.launchdesk.training.quiz;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.SectionReading;
import dev.launchdesk.sop.SectionReading.RedlineRow;
import dev.launchdesk.training.catalog.StudyText;
import dev.launchdesk.training.quiz.QuizViews.AttemptResult;
import dev.launchdesk.training.quiz.QuizViews.AttemptView;

/**
 * The agent's training pages: My training, the study page of an assignment (the sections rendered as the SOP reading
 * view renders them, a delta's redline), the quiz of an attempt (plain forms, the time limit counted down) and its
 * result. Everything goes through {@link QuizDesk}: an agent reaches only their own assignments and attempts.
 */
@Controller
class MyTrainingPages {

    /** Form fields of a submission: {@code q<position>} = the place of an option chosen, as shown. */
    private static final Pattern ANSWER_FIELD = Pattern.compile("q(\\d{1,4})");

    private final QuizDesk desk;
    private final SectionReading reading;
    private final Clock clock;

    MyTrainingPages(QuizDesk desk, SectionReading reading, Clock clock) {
        this.desk = desk;
        this.reading = reading;
        this.clock = clock;
    }

    /** A section as the study page shows it: rendered in the agent's language; for a delta, the redline old → new. */
    record StudySection(String anchor, String heading, String html, List<RedlineRow> redline, boolean removed, boolean added) {
    }

    @GetMapping("/my/training")
    String myTraining(Actor actor, Model model) {
        model.addAttribute("items", desk.myTraining(actor));
        return "my/training";
    }

    @GetMapping("/my/training/assignments/{id}")
    String study(@PathVariable UUID id, Actor actor, Locale locale, Model model) {
        QuizViews.StudyView view = desk.studyView(actor, id);
        StudyText text = view.text();
        List<StudySection> sections = text.sections().stream().map(s -> new StudySection(s.anchor(), s.heading(),
                s.removed() || (view.delta() && s.text().equals(s.newText())) ? null : reading.html(text.sopMarket(), s.text()),
                view.delta() ? reading.redline(text.sopMarket(), s.oldText(), s.newText()) : List.of(), s.removed(),
                view.delta() && s.oldText().isEmpty())).toList();
        model.addAttribute("view", view);
        model.addAttribute("study", text);
        model.addAttribute("sections", sections);
        model.addAttribute("language", Locale.forLanguageTag(text.language()).getDisplayLanguage(locale));
        return "my/training-study";
    }

    @PostMapping("/my/training/assignments/{id}/attempts")
    String start(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        try {
            return "redirect:/my/training/attempts/" + desk.start(actor, id).attemptId();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/my/training/assignments/" + id;
        }
    }

    @PostMapping("/my/training/assignments/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        try {
            desk.acknowledge(actor, id);
            redirect.addFlashAttribute("notice", UserTexts.of("page.my.training.acknowledged"));
            return "redirect:/my/training";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/my/training/assignments/" + id;
        }
    }

    @GetMapping("/my/training/attempts/{id}")
    String attempt(@PathVariable UUID id, Actor actor, Model model) {
        Object attempt = desk.attempt(actor, id);
        if (attempt instanceof AttemptResult result) {
            model.addAttribute("result", result);
            model.addAttribute("item", desk.myTrainingIn(actor, result.moduleId()).orElse(null));
            return "my/training-result";
        }
        AttemptView view = (AttemptView) attempt;
        long secondsLeft = Math.max(0, Duration.between(clock.instant(), view.deadline()).toSeconds());
        model.addAttribute("attempt", view);
        model.addAttribute("secondsLeft", secondsLeft);
        model.addAttribute("minutesLeft", (secondsLeft + 59) / 60);
        return "my/training-quiz";
    }

    @PostMapping("/my/training/attempts/{id}/submission")
    String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor, RedirectAttributes redirect) {
        try {
            desk.submit(actor, id, answers(form));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join("; ", e.problems().stream().map(InvalidInputException.FieldProblem::message).toList()));
        }
        return "redirect:/my/training/attempts/" + id;
    }

    /** The form's answers ({@code q3=0&q3=2}) as the API takes them; a choice that is not a number names its field. */
    private static QuizViews.AnswersForm answers(MultiValueMap<String, String> form) {
        Map<Integer, List<Integer>> chosen = new LinkedHashMap<>();
        form.forEach((field, values) -> {
            Matcher m = ANSWER_FIELD.matcher(field);
            if (!m.matches()) {
                return;
            }
            List<Integer> places = new ArrayList<>();
            for (String value : values) {
                try {
                    places.add(Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of(field, UserTexts.of("problem.training.answers.choice-number", value));
                }
            }
            chosen.put(Integer.valueOf(m.group(1)), places);
        });
        return new QuizViews.AnswersForm(chosen.entrySet().stream().map(e -> new QuizViews.Answer(e.getKey(), e.getValue())).toList());
    }
}
