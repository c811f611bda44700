package dev.launchdesk.training.catalog;

import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;

/** Training modules: trainers build them from SOP sections; the team reads them with their delta modules. */
@Tag(name = "Training modules", description = "Training modules built from SOP sections, with their quiz policy")
@RestController
class ModuleApi {

    /** A module with the delta modules SOP changes made of it. */
    record ModuleWithDeltas(TrainingModule module, List<TrainingModule> deltas) {
    }

    private final ModuleCatalog catalog;

    ModuleApi(ModuleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/training/modules")
    List<TrainingModule> modules(@RequestParam(required = false) String market, @RequestParam(required = false) String sopKey) {
        return catalog.modules(market, sopKey);
    }

    @PostMapping("/api/v1/training/modules")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingModule create(@RequestBody ModuleForm form, Actor actor) {
        return catalog.create(form, actor);
    }

    @GetMapping("/api/v1/training/modules/{id}")
    ModuleWithDeltas module(@PathVariable UUID id) {
        TrainingModule module = catalog.module(id);
        return new ModuleWithDeltas(module, module.isDelta() ? List.of() : catalog.deltasOf(id));
    }

    /** A trainer marks a delta module informational: its agents read and acknowledge it, without a quiz. */
    @PostMapping("/api/v1/training/modules/{id}/informational")
    TrainingModule informational(@PathVariable UUID id, Actor actor) {
        return catalog.markInformational(id, actor);
    }
}
