package dev.launchdesk.insight.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/**
 * The column mapping form: one line per LaunchDesk ticket field with the file's column, a transform and a value table
 * ("Good = 5", one pair a line); started empty, from a preset or from a saved mapping.
 */
@Controller
@RequestMapping("/insights/imports/mappings")
class TicketMappingPages {

    /** One line of the form. */
    record FieldLine(String field, boolean required, String source, String transform, String values) {
    }

    private final TicketMappings mappings;

    TicketMappingPages(TicketMappings mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/new")
    String form(@RequestParam(name = "from", required = false) String from, Model model) {
        TicketMapping start = from == null || from.isBlank() ? null : mappings.find(from);
        String name = start == null ? "" : start.preset() ? start.name() + "-copy" : start.name();
        return show(model, name, start == null || start.timezone() == null ? "" : start.timezone().getId(), lines(start), null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        return form(id, model);
    }

    @PostMapping
    String save(@RequestParam MultiValueMap<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
        List<TicketMappings.RuleDraft> fields = new ArrayList<>();
        List<FieldLine> lines = new ArrayList<>();
        for (String field : TicketParser.COLUMNS.names()) {
            String source = form.getFirst("source." + field);
            String transform = form.getFirst("transform." + field);
            String values = form.getFirst("values." + field);
            lines.add(new FieldLine(field, required(field), source, transform, values));
            fields.add(new TicketMappings.RuleDraft(field, source, transform, table(values)));
        }
        try {
            TicketMapping saved = mappings.save(new TicketMappings.Draft(form.getFirst("name"), form.getFirst("timezone"), fields),
                    actor.username());
            redirect.addFlashAttribute("notice", UserTexts.of("flash.mapping.saved", saved.name()));
            return "redirect:/insights/imports";
        } catch (InvalidInputException e) {
            return show(model, form.getFirst("name"), form.getFirst("timezone"), lines, e.problems());
        }
    }

    private String show(Model model, String name, String timezone, List<FieldLine> lines, List<InvalidInputException.FieldProblem> problems) {
        model.addAttribute("name", name);
        model.addAttribute("timezone", timezone);
        model.addAttribute("lines", lines);
        model.addAttribute("transforms", java.util.Arrays.stream(MappingTransform.values()).map(MappingTransform::parameter).toList());
        model.addAttribute("problems", problems == null ? List.of() : problems);
        return "insights/mapping";
    }

    private static List<FieldLine> lines(TicketMapping start) {
        List<FieldLine> lines = new ArrayList<>();
        for (String field : TicketParser.COLUMNS.names()) {
            TicketMapping.Rule rule = start == null ? null
                    : start.rules().stream().filter(r -> r.field().equals(field)).findFirst().orElse(null);
            lines.add(rule == null ? new FieldLine(field, required(field), "", "as-is", "")
                    : new FieldLine(field, required(field), rule.source(), rule.transform().parameter(), text(rule.values())));
        }
        return lines;
    }

    private static boolean required(String field) {
        return TicketParser.COLUMNS.requiredNames().contains(field);
    }

    private static String text(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((from, to) -> text.append(from).append(" = ").append(to == null ? "" : to).append('\n'));
        return text.toString();
    }

    /** "Good = 5" lines; a line without "=" maps the value to nothing. */
    static Map<String, String> table(String text) {
        Map<String, String> table = new LinkedHashMap<>();
        if (text == null) {
            return table;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            table.put((equals < 0 ? line : line.substring(0, equals)).strip(), equals < 0 ? "" : line.substring(equals + 1).strip());
        }
        return table;
    }
}
