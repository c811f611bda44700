package dev.launchdesk.training.bank;

import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;

/** The question bank, for trainers: with the correct answers, so never open to agents. */
@Tag(name = "Training question bank", description = "Versioned questions per SOP section")
@RestController
class QuestionApi {

    private final QuestionBank bank;

    QuestionApi(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/api/v1/training/questions")
    List<QuestionBank.BankedQuestion> questions(@RequestParam(required = false) String sopKey,
                                                @RequestParam(required = false) Boolean needsReview) {
        return bank.list(sopKey, needsReview);
    }

    @PostMapping("/api/v1/training/questions")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionBank.BankedQuestion add(@RequestBody QuestionForm form, Actor actor) {
        return bank.add(form, actor);
    }

    @PutMapping("/api/v1/training/questions/{id}")
    QuestionBank.BankedQuestion revise(@PathVariable UUID id, @RequestBody QuestionForm form, Actor actor) {
        return bank.revise(id, form, actor);
    }

    /** The trainer keeps a question flagged by an SOP change as it is. */
    @PostMapping("/api/v1/training/questions/{id}/review")
    QuestionBank.BankedQuestion confirm(@PathVariable UUID id, Actor actor) {
        return bank.confirm(id, actor);
    }
}
