package dev.launchdesk.identity;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.launchdesk.shared.UserTexts;

/**
 * Authenticates API requests that carry "Authorization: Bearer ldt_..." with a personal API token. Unknown, revoked and
 * expired tokens count as failed sign-ins of the client address ({@link SignInThrottle}); a locked address is refused.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Marks requests authenticated by an API token (a token may not issue further tokens). */
    static final String VIA_TOKEN = "api-token";

    private final PersonalTokens tokens;
    private final SignInThrottle throttle;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(PersonalTokens tokens, SignInThrottle throttle, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        try {
            throttle.checkAllowed(null, client);
        } catch (SignInThrottled throttled) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, throttled);
            return;
        }
        var user = tokens.authenticate(header.substring(7).trim());
        if (user.isEmpty()) {
            throttle.failed(null, client);
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new TokenRefused());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
        authentication.setDetails(VIA_TOKEN);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** A bearer token that does not sign anyone in: the 401 says so (ProblemResponses). */
    static final class TokenRefused extends BadCredentialsException {
        TokenRefused() {
            super(UserTexts.of("problem.identity.token.refused"));
        }
    }
}
