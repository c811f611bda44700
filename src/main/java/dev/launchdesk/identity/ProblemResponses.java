package dev.launchdesk.identity;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import dev.launchdesk.shared.UserTexts;

/** 401, 403 and 429 (sign-in throttled) answers of the API as RFC 9457 problem details. */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof SignInThrottled throttled) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                write(response, HttpStatus.TOO_MANY_REQUESTS,
                        UserTexts.of("problem.identity.sign-in.throttled-title"), throttled.getMessage(),
                        request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"LaunchDesk\", Basic realm=\"LaunchDesk\"");
            String detail = UserTexts.of("problem.identity.sign-in.required");
            write(response, HttpStatus.UNAUTHORIZED, UserTexts.of("problem.identity.sign-in.required-title"),
                    e instanceof BearerTokenFilter.TokenRefused ? detail + " " + e.getMessage() : detail, request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, UserTexts.of("problem.web.title.not-allowed"),
                UserTexts.of("problem.web.not-allowed"), request.getRequestURI());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail, String path) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
