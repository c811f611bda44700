package dev.launchdesk.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where LaunchDesk is reached ({@code launchdesk.base-url}), for the links in e-mails and webhooks of every module. The
 * former {@code launchdesk.notify.base-url} and {@code launchdesk.insight.anomaly.base-url} still set it (deprecated
 * aliases, resolved in application.yml).
 */
@ConfigurationProperties("launchdesk")
public record BaseUrl(@DefaultValue("http://localhost:8080") String baseUrl) {

    /** The base URL without a trailing slash, followed by the path ("/" for none). */
    public String absolute(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return path == null ? base + "/" : base + path;
    }
}
