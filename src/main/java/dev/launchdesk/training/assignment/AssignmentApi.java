package dev.launchdesk.training.assignment;

import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;

/** Assigning a module by name (trainers; vendor leads their own vendor's agents) or by a live rule (trainers). */
@Tag(name = "Training assignments", description = "Assignments of modules to agents, by rule or by name")
@RestController
class AssignmentApi {

    private final AssignmentDesk desk;

    AssignmentApi(AssignmentDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/v1/training/modules/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    List<Assignment> assign(@PathVariable UUID id, @RequestBody AssignmentForm form, Actor actor) {
        return desk.assign(id, form, actor);
    }

    @PostMapping("/api/v1/training/modules/{id}/assignment-rules")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Integer> addRule(@PathVariable UUID id, @RequestBody RuleForm form, Actor actor) {
        return Map.of("assigned", desk.addRule(id, form, actor));
    }

    @GetMapping("/api/v1/training/modules/{id}/assignment-rules")
    List<AssignmentRule> rules(@PathVariable UUID id) {
        return desk.rulesOf(id);
    }
}
