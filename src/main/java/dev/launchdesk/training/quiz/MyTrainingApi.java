package dev.launchdesk.training.quiz;

import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.catalog.StudyText;
import dev.launchdesk.training.certification.Certification;

/** The signed-in agent's training: what to do, the study text, quiz attempts and their results. */
@Tag(name = "My training", description = "The signed-in agent's training: study, quiz attempts, acknowledgements")
@RestController
class MyTrainingApi {

    private final QuizDesk desk;

    MyTrainingApi(QuizDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/me/training")
    List<QuizViews.MyTrainingItem> myTraining(Actor actor) {
        return desk.myTraining(actor);
    }

    @GetMapping("/api/v1/me/training/assignments/{id}/study")
    StudyText study(@PathVariable UUID id, Actor actor) {
        return desk.study(actor, id);
    }

    @PostMapping("/api/v1/me/training/assignments/{id}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    QuizViews.AttemptView start(@PathVariable UUID id, Actor actor) {
        return desk.start(actor, id);
    }

    @PostMapping("/api/v1/me/training/assignments/{id}/acknowledgement")
    Certification acknowledge(@PathVariable UUID id, Actor actor) {
        return desk.acknowledge(actor, id);
    }

    @GetMapping("/api/v1/me/training/attempts/{id}")
    Object attempt(@PathVariable UUID id, Actor actor) {
        return desk.attempt(actor, id);
    }

    @PostMapping("/api/v1/me/training/attempts/{id}/submission")
    QuizViews.AttemptResult submit(@PathVariable UUID id, @RequestBody QuizViews.AnswersForm form, Actor actor) {
        return desk.submit(actor, id, form);
    }

    @PostMapping("/api/v1/me/training/modules/{id}/re-enrolment")
    @ResponseStatus(HttpStatus.CREATED)
    Assignment reenrol(@PathVariable UUID id, Actor actor) {
        return desk.reenrol(actor, id);
    }
}
