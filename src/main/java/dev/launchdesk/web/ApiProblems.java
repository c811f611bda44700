package dev.launchdesk.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.launchdesk.reference.RosterRejectedException;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;

/**
 * Every API error as an RFC 9457 problem detail; bad input names the offending field (or row and column) and what it
 * should be. The words are LaunchDesk's own (messages.properties, also for Spring MVC's standard errors): no class
 * names, no parser or framework messages, and a bad value is repeated back cut to {@link Echoed#MAX_CHARS} characters.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Backstop for messages that carry input: no error message is longer than this. */
    private static final int MAX_MESSAGE_CHARS = 1_000;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text("problem.web.title.not-found"), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, text("problem.web.title.conflict"), e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.web.title.invalid-input"), e.getMessage());
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "message", bounded(p.message()))).toList());
        return problem;
    }

    @ExceptionHandler(RosterRejectedException.class)
    ProblemDetail rosterRejected(RosterRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.web.title.roster-rejected"), e.getMessage());
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("row", p.row(), "column", Echoed.cut(p.column()), "message", bounded(p.message()))).toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = text("api.value.invalid", Echoed.quoted(e.getValue()), ExpectedType.of(e.getRequiredType()).describe(this::text));
        return fieldProblem(e.getName(), message);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text("problem.web.title.not-allowed"), text("problem.web.not-allowed"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Rejected by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, text("problem.web.title.conflict"), text("problem.web.integrity"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error in API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.web.title.internal-error"), text("problem.web.internal-error"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.web.title.invalid-input"), text("problem.web.fields-invalid"));
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldProblem(ex.getParameterName(), text("api.parameter.missing")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldProblem(ex.getRequestPartName(), text("api.part.missing")));
    }

    /** A body that is not JSON, or JSON with a value of the wrong type: the field's path and what it should be. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, text("problem.web.title.body-too-large"), tooLarge.getMessage());
                problem.setProperty("limitBytes", tooLarge.limit());
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
            }
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonFieldPath.of(mapping.getPath());
            return ResponseEntity.badRequest().body(fieldProblem(field, wrongValue(mapping)));
        }
        if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.web.title.invalid-input"),
                    text("api.json.malformed", parse.getLocation().getLineNr(), parse.getLocation().getColumnNr())));
        }
        String detail = cause == null ? text("api.body.missing") : text("api.json.unreadable");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("problem.web.title.invalid-input"), detail));
    }

    private String wrongValue(JsonMappingException mapping) {
        if (mapping instanceof MismatchedInputException mismatch) {
            String expected = ExpectedType.of(mismatch.getTargetType()).describe(this::text);
            if (mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null) {
                return text("api.value.invalid", Echoed.quoted(invalid.getValue()), expected);
            }
            return text("api.value.wrongType", expected);
        }
        return text("api.value.unusable");
    }

    private ProblemDetail fieldProblem(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.web.title.invalid-input"), field + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private String text(String code, Object... arguments) {
        return getMessageSource() == null ? code : getMessageSource().getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    private static String bounded(String message) {
        return message == null || message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail));
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
