package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.UserTexts;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The import pages: upload a ticket or order-volume file (the browser shows the upload's progress), the import log,
 * one import with its rejected rows, and the rejected rows as CSV.
 */
@Controller
@RequestMapping("/insights/imports")
class TicketImportPages {

    private final TicketImports imports;
    private final TicketMappings mappings;
    private final ImportSettings settings;
    private final MessageSource messages;

    TicketImportPages(TicketImports imports, TicketMappings mappings, ImportSettings settings, MessageSource messages) {
        this.imports = imports;
        this.mappings = mappings;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("imports", imports.imports(Math.max(page, 0), 25));
        model.addAttribute("ticketColumns", TicketParser.COLUMNS.names());
        model.addAttribute("requiredTicketColumns", TicketParser.COLUMNS.requiredNames());
        model.addAttribute("orderColumns", OrderVolumeLoader.COLUMNS.names());
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("maxSize", ImportSettings.describe(settings.maxBytes()));
        model.addAttribute("inbox", settings.watching() ? settings.inbox().toAbsolutePath().normalize().toString() : null);
        return "insights/imports";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String mode, @RequestParam(required = false) String mapping, Actor actor,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("problem", UserTexts.of("problem.import.noFile"));
            return "redirect:/insights/imports";
        }
        ImportKind importKind;
        ImportMode importMode;
        TicketMapping columnMapping;
        try {
            importKind = ImportRequests.kind(kind);
            importMode = ImportMode.parse(mode);
            columnMapping = mappings.forImport(mapping);
            if (columnMapping != null && importKind != ImportKind.TICKETS) {
                throw new ImportRejectedException("mapping", UserTexts.of("problem.insight.import.mapping-for-tickets-only"));
            }
        } catch (ImportRejectedException e) {
            redirect.addFlashAttribute("problem", UserTexts.of("problem.fieldAndMessage", e.field(), e.getMessage()));
            return "redirect:/insights/imports";
        }
        FileFormat format = FileFormat.detect(null, file.getContentType(), file.getOriginalFilename());
        var request = new TicketImports.Request(importKind, ImportRequests.fileName(file.getOriginalFilename(), format, importKind),
                format, importMode, ImportSource.UPLOAD, columnMapping);
        try (InputStream in = file.getInputStream()) {
            TicketImports.Outcome outcome = imports.importFile(request, in, actor.username());
            return "redirect:/insights/imports/" + outcome.record().id();
        } catch (ImportsBusyException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("insights.imports.busy",
                    new Object[] {ImportsBusyException.RETRY_AFTER_SECONDS}, LocaleContextHolder.getLocale()));
            return "redirect:/insights/imports";
        }
    }

    @GetMapping("/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("ticketImport", imports.find(id));
        model.addAttribute("rejections", imports.rejections(id, 200));
        return "insights/import";
    }

    @GetMapping("/{id}/rejected-rows.csv")
    void rejectedRows(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.sendRejectedRows(id, response);
    }
}
