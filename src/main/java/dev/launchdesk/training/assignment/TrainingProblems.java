package dev.launchdesk.training.assignment;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.launchdesk.shared.UserTexts;

/** The training API's own problem: a vendor lead reaching for another vendor's agents is a 403 that names them. */
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
}
