package dev.launchdesk.training.bank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

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
import dev.launchdesk.shared.Uploads;

/** The question bank, for trainers: with the correct answers, so never open to agents. */
@Tag(name = "Training question bank", description = "Versioned questions per SOP section")
@RestController
class QuestionApi {

    /** Where questions go that the file does not place, which market's SOP the sections are checked in, the file's language. */
    record ImportParameters(String sopKey, String section, String market, String language) {

        QuestionBankFiles.ImportOptions options() {
            return new QuestionBankFiles.ImportOptions(sopKey, section, market, language);
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final QuestionBank bank;
    private final QuestionBankFiles files;

    QuestionApi(QuestionBank bank, QuestionBankFiles files) {
        this.bank = bank;
        this.files = files;
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

    @PostMapping(path = "/api/v1/training/questions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import questions from a file (multipart field 'file': GIFT, CSV or XLSX, format from the parameter or the file name);"
            + " all or nothing, questions already in the bank as they are left alone")
    QuestionBankFiles.Imported importUpload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String format,
                                            @ParameterObject ImportParameters parameters, Actor actor) throws IOException {
        return files.importFile(BankFormat.of(format, file.getOriginalFilename()), Uploads.bytes(file, "file"), parameters.options(), actor);
    }

    @PostMapping(path = "/api/v1/training/questions/import", consumes = {"text/plain", "text/csv", "application/octet-stream", XLSX})
    @Operation(summary = "Import questions sent as the request body; format=gift|csv|xlsx is required")
    QuestionBankFiles.Imported importBody(@RequestBody byte[] content, @RequestParam String format, @ParameterObject ImportParameters parameters,
                                          Actor actor) {
        return files.importFile(BankFormat.of(format, null), content, parameters.options(), actor);
    }

    @GetMapping("/api/v1/training/questions/export")
    @Operation(summary = "The bank's questions on an SOP's sections as a file: format=csv (default), xlsx or gift")
    ResponseEntity<byte[]> export(@RequestParam String sopKey, @RequestParam(required = false, defaultValue = "csv") String format) {
        return download(files, sopKey, format);
    }

    /** The bank's questions on an SOP's sections as a file to save (the API's and the bank page's export). */
    static ResponseEntity<byte[]> download(QuestionBankFiles files, String sopKey, String format) {
        BankFormat chosen = BankFormat.of(format, null);
        byte[] file = files.exportFile(sopKey, chosen);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(chosen.fileName(sopKey.trim())).build().toString())
                .contentType(MediaType.parseMediaType(chosen.contentType())).body(file);
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
