package dev.launchdesk.sop.translation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Uploads;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.library.SopLibrary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "SOP translations", description = "XLIFF 2 export and import of regional variant translations")
class SopTranslationApi {

    private final SopTranslationDesk desk;
    private final SopLibrary library;

    SopTranslationApi(SopTranslationDesk desk, SopLibrary library) {
        this.desk = desk;
        this.library = library;
    }

    @GetMapping("/api/v1/sops/{id}/translations")
    @Operation(summary = "Translation status of a variant per language of its market")
    List<SopTranslationDesk.LanguageStatus> statuses(@PathVariable UUID id, Actor actor) {
        return desk.statuses(library.document(id, actor.vendorScope()));
    }

    @PostMapping("/api/v1/sops/{id}/translations/{language}/exports")
    @Operation(summary = "Export the segments that need translation as XLIFF 2.0 (marks the language as in translation)")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String language, Actor actor) {
        return SopTranslationEndpoints.xliffFile(library.document(id, actor.vendorScope()), language, desk.exportXliff(id, language, actor));
    }

    @PostMapping(path = "/api/v1/sops/{id}/translations/{language}/xliff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a translated XLIFF file (multipart field 'file'); all or nothing")
    SopTranslationDesk.ImportResult importUpload(@PathVariable UUID id, @PathVariable String language,
                                                 @RequestPart("file") MultipartFile file, Actor actor) throws IOException {
        return desk.importXliff(id, language, Uploads.bytes(file, "file"), actor);
    }

    @PostMapping(path = "/api/v1/sops/{id}/translations/{language}/xliff", consumes = {SopTranslationEndpoints.XLIFF, MediaType.APPLICATION_XML_VALUE})
    @Operation(summary = "Import a translated XLIFF 2.0 file sent as the request body; all or nothing")
    SopTranslationDesk.ImportResult importBody(@PathVariable UUID id, @PathVariable String language, @RequestBody byte[] xliff,
                                               Actor actor) {
        return desk.importXliff(id, language, xliff, actor);
    }

    @ExceptionHandler(XliffRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(XliffRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UserTexts.of("problem.sop.xliff.rejected-whole"));
        problem.setTitle(UserTexts.of("problem.sop.xliff.rejected-title"));
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("kind", p.kind().name(),
                "unit", String.valueOf(p.unitId()), "line", p.line(), "column", p.column(), "message", p.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
