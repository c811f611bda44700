package dev.launchdesk.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies {@link AccessRules} to every request that reached a handler method, before the handler runs: the rule of the
 * matched pattern and method must allow one of the caller's roles, else 403 (as a problem detail for the API, the error
 * page for pages). A handler without a rule is refused too, so a new endpoint is closed until the table names it.
 * (Signing in itself is still the security filter chains' job; static files have no handler method.)
 */
@Configuration
class AccessRulesEnforcement implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || "OPTIONS".equals(request.getMethod())) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        AccessRules.Rule rule = AccessRules.ruleFor(request.getMethod(), String.valueOf(pattern))
                .orElseThrow(() -> new AccessDeniedException("no access rule for " + request.getMethod() + " " + pattern));
        if (!rule.capability().allowsAny(PageAccess.roles(SecurityContextHolder.getContext().getAuthentication()))) {
            throw new AccessDeniedException(rule.capability() + " is needed for " + rule.method() + " " + rule.pattern());
        }
        return true;
    }
}
