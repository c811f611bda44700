package dev.launchdesk.training.assignment;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.training.bank.formats.QuestionBankRejectedException;

/**
 * The training API's own problems: a vendor lead reaching for another vendor's agents is a 403 that names them; a
 * rejected question bank file a 400 that places each problem in the file.
 */
@RestControllerAdvice(basePackages = "dev.launchdesk.training")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingProblems {

    @ExceptionHandler(OutsideVendorScope.class)
    ProblemDetail outsideVendorScope(OutsideVendorScope e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(UserTexts.of("problem.training.vendor-scope.title"));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("agents", e.agents());
        return problem;
    }

    /** A rejected question bank file: 400 with every problem at its line (GIFT) or row and column (sheets); nothing imported. */
    @ExceptionHandler(QuestionBankRejectedException.class)
    ProblemDetail bankRejected(QuestionBankRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(UserTexts.of("problem.training.bank.rejected.title"));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put(p.column() == null ? "line" : "row", p.line());
            if (p.column() != null) {
                error.put("column", p.column());
            }
            if (p.question() != null) {
                error.put("question", p.question());
            }
            error.put("message", p.message());
            return error;
        }).toList());
        return problem;
    }
}
