package dev.launchdesk.sop.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Uploads;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** XLIFF 2 exchange of variant translations on the SOP page: download and upload. */
@Controller
class SopTranslationEndpoints {

    static final String XLIFF = "application/xliff+xml";

    private final SopTranslationDesk desk;
    private final SopLibrary library;

    SopTranslationEndpoints(SopTranslationDesk desk, SopLibrary library) {
        this.desk = desk;
        this.library = library;
    }

    @PostMapping("/sops/{id}/translations/{language}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String language, Actor actor) {
        return xliffFile(library.document(id, actor.vendorScope()), language, desk.exportXliff(id, language, actor));
    }

    static ResponseEntity<byte[]> xliffFile(SopDocument document, String language, String xliff) {
        String name = document.key() + "_" + document.scope().replace('/', '-') + "_" + language + ".xlf";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLIFF))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(xliff.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/sops/{id}/translations/{language}")
    String importPage(@PathVariable UUID id, @PathVariable String language, @RequestPart("file") MultipartFile file, Actor actor,
                      RedirectAttributes redirect) throws IOException {
        try {
            SopTranslationDesk.ImportResult result = desk.importXliff(id, language, Uploads.bytes(file, "file"), actor);
            redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of("flash.sop.translationImported", result.language(),
                    String.valueOf(result.translated()), String.valueOf(result.untranslated()),
                    dev.launchdesk.shared.UserTexts.of("sop.translationStatus." + result.status().name()))
                    + (result.contributed() == 0 ? "" : " " + dev.launchdesk.shared.UserTexts.of("flash.sop.translationImportedQuestions",
                    String.valueOf(result.contributed()))));
        } catch (XliffRejectedException e) {
            redirect.addFlashAttribute("problem", dev.launchdesk.shared.UserTexts.of("problem.sop.xliffRejected"));
            redirect.addFlashAttribute("xliffProblems", e.problems().stream().map(Object::toString).toList());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sops/" + id;
    }
}
