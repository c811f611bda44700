package dev.launchdesk.sop;

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
import org.springframework.security.access.prepost.PreAuthorize;
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
import dev.launchdesk.sop.translation.XliffRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** XLIFF 2 exchange of variant translations: the page's download and upload, and the same for the API. */
@Controller
@Tag(name = "SOP translations", description = "XLIFF 2 export and import of regional variant translations")
class SopTranslationEndpoints {

    static final String XLIFF = "application/xliff+xml";

    private final SopTranslationDesk desk;
    private final SopLibrary library;

    SopTranslationEndpoints(SopTranslationDesk desk, SopLibrary library) {
        this.desk = desk;
        this.library = library;
    }

    @GetMapping("/api/v1/sops/{id}/translations")
    @ResponseBody
    @Operation(summary = "Translation status of a variant per language of its market")
    List<SopTranslationDesk.LanguageStatus> statuses(@PathVariable UUID id, Actor actor) {
        return desk.statuses(library.document(id, actor.vendorScope()));
    }

    @GetMapping({"/sops/{id}/translations/{language}.xlf", "/api/v1/sops/{id}/translations/{language}/xliff"})
    @PreAuthorize(SopPages.EDITORS)
    @Operation(summary = "Export the segments that need translation as XLIFF 2.0 (marks the language as in translation)")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String language, Actor actor) {
        SopDocument document = library.document(id, actor.vendorScope());
        String xliff = desk.exportXliff(id, language, actor);
        String name = document.key() + "_" + document.scope().replace('/', '-') + "_" + language + ".xlf";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLIFF))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(xliff.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/sops/{id}/translations/{language}")
    @PreAuthorize(SopPages.EDITORS)
    String importPage(@PathVariable UUID id, @PathVariable String language, @RequestPart("file") MultipartFile file, Actor actor,
                      RedirectAttributes redirect) throws IOException {
        try {
            SopTranslationDesk.ImportResult result = desk.importXliff(id, language, file.getBytes(), actor);
            redirect.addFlashAttribute("notice", "Translation " + result.language() + " imported: " + result.translated()
                    + " segment(s) translated, " + result.untranslated() + " still to do (" + result.status().label() + ").");
        } catch (XliffRejectedException e) {
            redirect.addFlashAttribute("problem", "The XLIFF file was rejected; nothing was imported.");
            redirect.addFlashAttribute("xliffProblems", e.problems().stream().map(Object::toString).toList());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sops/" + id;
    }

    @PostMapping(path = "/api/v1/sops/{id}/translations/{language}/xliff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(SopPages.EDITORS)
    @ResponseBody
    @Operation(summary = "Import a translated XLIFF file (multipart field 'file'); all or nothing")
    SopTranslationDesk.ImportResult importUpload(@PathVariable UUID id, @PathVariable String language,
                                                 @RequestPart("file") MultipartFile file, Actor actor) throws IOException {
        return desk.importXliff(id, language, file.getBytes(), actor);
    }

    @PostMapping(path = "/api/v1/sops/{id}/translations/{language}/xliff", consumes = {XLIFF, MediaType.APPLICATION_XML_VALUE})
    @PreAuthorize(SopPages.EDITORS)
    @ResponseBody
    @Operation(summary = "Import a translated XLIFF file sent as the request body; all or nothing")
    SopTranslationDesk.ImportResult importBody(@PathVariable UUID id, @PathVariable String language, @RequestBody byte[] xliff,
                                               Actor actor) {
        return desk.importXliff(id, language, xliff, actor);
    }

    @ExceptionHandler(XliffRejectedException.class)
    @ResponseBody
    ResponseEntity<ProblemDetail> rejected(XliffRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The XLIFF file was rejected as a whole; nothing was imported.");
        problem.setTitle("XLIFF rejected");
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("kind", p.kind().name(),
                "unit", String.valueOf(p.unitId()), "line", p.line(), "column", p.column(), "message", p.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
