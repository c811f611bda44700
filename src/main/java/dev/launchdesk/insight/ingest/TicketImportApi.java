package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Ticket and order-volume imports for scripts: the file as the request body (streamed, any size up to the limit) or
 * as the multipart field {@code file}. 201 with the import when it was written, 422 with the rejected rows when
 * nothing was, 413 when the file is over the limit.
 */
@RestController
@Tag(name = "Ticket imports", description = "Helpdesk tickets and order volumes, CSV or JSON Lines")
class TicketImportApi {

    static final String TICKETS = "/api/v1/tickets/imports";
    static final String ORDERS = "/api/v1/order-volumes/imports";

    record Rejection(long row, String column, String reason) {
        static Rejection of(RowProblem p) {
            return new Rejection(p.rowNumber(), p.column(), p.reason());
        }
    }

    record ImportAnswer(TicketImport ticketImport, List<Rejection> rejectedRows, List<String> ignoredColumns) {
        static ImportAnswer of(TicketImports.Outcome outcome) {
            return new ImportAnswer(outcome.record(), outcome.rejections().stream().map(Rejection::of).toList(), outcome.ignoredColumns());
        }
    }

    private final TicketImports imports;
    private final TicketMappings mappings;
    private final ImportSettings settings;

    TicketImportApi(TicketImports imports, TicketMappings mappings, ImportSettings settings) {
        this.imports = imports;
        this.mappings = mappings;
        this.settings = settings;
    }

    @PostMapping(path = {TICKETS, ORDERS}, consumes = {"text/csv", "text/plain", "application/x-ndjson", "application/jsonl",
            "application/json", "application/octet-stream"})
    @Operation(summary = "Import tickets (or, under /order-volumes, order volumes) from the request body, CSV or JSON Lines;"
            + " mode all-or-nothing (default) or good-rows; mapping=<id or name> reads a helpdesk's own export"
            + " (presets zendesk-csv, freshdesk-csv, or a saved column mapping)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The file itself: CSV (text/csv, text/plain) or JSON Lines (application/x-ndjson, application/jsonl, "
                            + "application/json: one object per line); with application/octet-stream the format comes from "
                            + "'format' or the extension of 'fileName'",
                    content = {
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/jsonl", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/json", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))}))
    @ImportAnswers
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Object> fromBody(HttpServletRequest request, @RequestParam(required = false) String mode,
                                    @RequestParam(required = false) String format, @RequestParam(required = false) String mapping,
                                    @RequestParam(required = false) String fileName, Actor actor) throws IOException {
        ImportKind kind = kindOf(request);
        if (request.getContentLengthLong() > settings.maxBytes()) {
            return tooLarge();
        }
        FileFormat fileFormat = FileFormat.detect(format, request.getContentType(), fileName);
        var importRequest = new TicketImports.Request(kind, ImportRequests.fileName(fileName, fileFormat, kind), fileFormat,
                ImportMode.parse(mode), ImportSource.API, mappings.forImport(mapping));
        try (InputStream in = request.getInputStream()) {
            return answer(kind, imports.importFile(importRequest, in, actor.username()));
        }
    }

    @PostMapping(path = {TICKETS, ORDERS}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import tickets (or order volumes) from the multipart field 'file'")
    @ImportAnswers
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Object> fromUpload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String mode,
                                      @RequestParam(required = false) String format, @RequestParam(required = false) String mapping,
                                      HttpServletRequest request, Actor actor)
            throws IOException {
        ImportKind kind = kindOf(request);
        if (file.getSize() > settings.maxBytes()) {
            return tooLarge();
        }
        FileFormat fileFormat = FileFormat.detect(format, file.getContentType(), file.getOriginalFilename());
        var importRequest = new TicketImports.Request(kind, ImportRequests.fileName(file.getOriginalFilename(), fileFormat, kind),
                fileFormat, ImportMode.parse(mode), ImportSource.API, mappings.forImport(mapping));
        try (InputStream in = file.getInputStream()) {
            return answer(kind, imports.importFile(importRequest, in, actor.username()));
        }
    }

    private static ImportKind kindOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(ORDERS)
                ? ImportKind.ORDERS : ImportKind.TICKETS;
    }

    @GetMapping({TICKETS, ORDERS})
    @Operation(summary = "The import log, newest first (ticket and order-volume imports)")
    PageOf<TicketImport> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return imports.imports(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @GetMapping({TICKETS + "/{id}", ORDERS + "/{id}"})
    @Operation(summary = "One import with its first 1,000 rejected rows")
    ImportAnswer one(@PathVariable long id) {
        return new ImportAnswer(imports.find(id), imports.rejections(id, 1000).stream().map(Rejection::of).toList(), List.of());
    }

    @GetMapping(path = {TICKETS + "/{id}/rejected-rows", ORDERS + "/{id}/rejected-rows"}, produces = "text/csv")
    @Operation(summary = "Every rejected row of an import as CSV (the file's columns plus rejected_row, rejected_column, rejected_reason)")
    void rejectedRows(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.sendRejectedRows(id, response);
    }

    private ResponseEntity<Object> answer(ImportKind kind, TicketImports.Outcome outcome) {
        TicketImport record = outcome.record();
        String base = kind == ImportKind.ORDERS ? ORDERS : TICKETS;
        return switch (record.status()) {
            case COMPLETED -> ResponseEntity.created(URI.create(base + "/" + record.id())).body(ImportAnswer.of(outcome));
            case REJECTED -> ResponseEntity.unprocessableEntity().body(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                    UserTexts.of("problem.insight.import.rejected-title"), outcome));
            default -> outcome.conflicted()
                    ? ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", Integer.toString(ImportsBusyException.RETRY_AFTER_SECONDS))
                            .body(problem(HttpStatus.CONFLICT, UserTexts.of("problem.insight.import.conflicted-title"), outcome))
                    : ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                            UserTexts.of("problem.insight.import.failed-title"), outcome));
        };
    }

    private static ProblemDetail problem(HttpStatus status, String title, TicketImports.Outcome outcome) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, outcome.record().message());
        problem.setTitle(title);
        problem.setProperty("ticketImport", outcome.record());
        problem.setProperty("rejectedRows", outcome.rejections().stream().map(Rejection::of).toList());
        return problem;
    }

    private ResponseEntity<Object> tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                SizeLimitedInputStream.tooLargeMessage(settings.maxBytes()));
        problem.setTitle(UserTexts.of("problem.insight.import.too-large-title"));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    /** The answers of an import, for the OpenAPI document (problem bodies are filled in by the web module's customizer). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "201", description = "Imported; Location names the import",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportAnswer.class)))
    @ApiResponse(responseCode = "409", description = "The import conflicted with other changes; nothing was imported (Retry-After)")
    @ApiResponse(responseCode = "413", description = "The file is over the import size limit")
    @ApiResponse(responseCode = "422", description = "Rejected: nothing was imported; the problem lists the rejected rows")
    @ApiResponse(responseCode = "429", description = "Other imports are running; try again after Retry-After seconds")
    @interface ImportAnswers {
    }

    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle(UserTexts.of("problem.insight.import.busy-title"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Integer.toString(ImportsBusyException.RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail badRequest(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.field() + ": " + e.getMessage());
        problem.setTitle(UserTexts.of("problem.insight.import.invalid-title"));
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }
}
