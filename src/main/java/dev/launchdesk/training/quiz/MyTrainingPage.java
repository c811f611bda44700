package dev.launchdesk.training.quiz;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.launchdesk.shared.Actor;

/** The agent's My training page: their modules, status, what is due and until when they are certified. */
@Controller
class MyTrainingPage {

    private final QuizDesk desk;

    MyTrainingPage(QuizDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/my/training")
    String myTraining(Actor actor, Model model) {
        model.addAttribute("items", desk.myTraining(actor));
        return "my/training";
    }
}
