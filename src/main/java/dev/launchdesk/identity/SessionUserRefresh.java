package dev.launchdesk.identity;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Reads the user of a page session from the database on every request, so that an admin's change of role or
 * vendor takes effect at once, and disabling a user ends their session, instead of both waiting for the
 * session to time out. (The API needs no such step: it authenticates every request afresh.)
 */
class SessionUserRefresh extends OncePerRequestFilter {

    private final Users users;

    SessionUserRefresh(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            Optional<UserAccount> account = users.find(signedIn.userId()).filter(UserAccount::enabled);
            if (account.isPresent()) {
                SignedInUser current = new SignedInUser(account.get());
                current.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
                SecurityContextHolder.setContext(context);
            } else {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
