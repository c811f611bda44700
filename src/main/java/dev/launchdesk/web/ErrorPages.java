package dev.launchdesk.web;

import java.net.URI;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import dev.launchdesk.shared.UserTexts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors that reach the servlet container (unknown URLs, rejected requests): a problem detail for the
 * API, a friendly page for people. Never a stack trace. The problem's title is the bundle's
 * {@code problem.web.status.<code>}; the page takes its heading and text from {@code error.<code>.*} in the template.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
            problem.setTitle(title(status));
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error/page");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> UserTexts.of("problem.web.no-such-resource");
            case METHOD_NOT_ALLOWED -> UserTexts.of("problem.web.method-not-allowed");
            default -> status.is5xxServerError() ? UserTexts.of("problem.web.internal-error") : title(status);
        };
    }

    /** {@code problem.web.status.<code>} from the bundle; the reason phrase only for a code the bundle has no text for. */
    private static String title(HttpStatus status) {
        String key = "problem.web.status." + status.value();
        return UserTexts.has(key) ? UserTexts.of(key) : status.getReasonPhrase();
    }
}
