package dev.launchdesk.identity;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two filter chains: the JSON API (stateless; bearer tokens or HTTP Basic; 401/403 as problem details)
 * and the pages (form login with a session, CSRF on every form; the session's user is re-read on every request).
 */
@Configuration
@EnableMethodSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(SignInSettings.class)
class SecurityConfiguration {

    /**
     * Scripts only from LaunchDesk's own files (no inline script, no event-handler attributes, no eval): text that
     * slipped into a page unescaped cannot run. Style sheets only from own files too; style attributes stay allowed
     * (ECharts' tooltips and a few templates set them), which cannot run script. Browsers without the CSP 3
     * style-src-elem/-attr directives fall back to style-src. No plugins, no foreign base URL or form target, no framing.
     */
    /** The one style element Swagger UI (API documentation) injects, allowed by its hash and by nothing broader. */
    private static final String SWAGGER_UI_STYLE = "sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "style-src-elem 'self' '" + SWAGGER_UI_STYLE + "'; style-src-attr 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** A failed sign-in shows the login page again: "wrong username or password", or how long to wait when throttled. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String query = e instanceof SignInThrottled throttled ? "?locked=" + throttled.minutes() : "?error";
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, PersonalTokens tokens, SignInThrottle throttle) throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    /**
     * The OpenAPI document: API clients and client generators read it with an API token or HTTP Basic (anonymous: 401 as a
     * problem detail, never the sign-in page), and Swagger UI reads it with the signed-in browser's session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocument(HttpSecurity http, PersonalTokens tokens, SignInThrottle throttle, Users users) throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterAfter(new SessionUserRefresh(users), SecurityContextHolderFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Users users) throws Exception {
        http.addFilterAfter(new SessionUserRefresh(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(SecurityConfiguration::signInFailed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
