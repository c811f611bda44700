package dev.launchdesk.insight.ingest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Column mappings for ticket imports: the presets and the saved ones; name one as {@code mapping=} on an import. */
@RestController
@RequestMapping("/api/v1/tickets/mappings")
@Tag(name = "Ticket imports")
class TicketMappingApi {

    /** A mapping as the API shows it; {@code id} is null for a preset. */
    record MappingView(Long id, String name, String label, boolean preset, String timezone, List<FieldView> fields) {
        static MappingView of(TicketMapping m) {
            return new MappingView(m.id(), m.name(), m.label(), m.preset(), m.timezone() == null ? null : m.timezone().getId(),
                    m.rules().stream().map(r -> new FieldView(r.field(), r.source(), r.transform().parameter(), r.values())).toList());
        }
    }

    record FieldView(String field, String source, String transform, Map<String, String> values) {
    }

    private final TicketMappings mappings;

    TicketMappingApi(TicketMappings mappings) {
        this.mappings = mappings;
    }

    @GetMapping
    @Operation(summary = "The presets (Zendesk, Freshdesk) and the saved column mappings")
    List<MappingView> list() {
        return mappings.all().stream().map(MappingView::of).toList();
    }

    @GetMapping("/{idOrName}")
    @Operation(summary = "One column mapping by id or name")
    MappingView one(@PathVariable String idOrName) {
        return MappingView.of(mappings.find(idOrName));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a column mapping (a mapping of that name is replaced); fields: field, source, transform, values")
    ResponseEntity<MappingView> save(@RequestBody TicketMappings.Draft draft, Actor actor) {
        TicketMapping saved = mappings.save(draft, actor.username());
        return ResponseEntity.created(URI.create("/api/v1/tickets/mappings/" + saved.id())).body(MappingView.of(saved));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a saved column mapping")
    ResponseEntity<Void> delete(@PathVariable long id) {
        mappings.delete(id);
        return ResponseEntity.noContent().build();
    }
}
