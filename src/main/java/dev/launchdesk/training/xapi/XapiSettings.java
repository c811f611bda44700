package dev.launchdesk.training.xapi;

import java.net.URI;
import java.util.Objects;

/**
 * Where LaunchDesk's activities live as xAPI sees them: the base IRI the activity ids are built under (the customer's
 * learning record store groups statements by it; an absolute http(s) IRI ending in {@code /}, e.g.
 * {@code https://launchdesk.example.com/xapi/activities/}) and the platform named in each statement's context.
 * The core binds it from its configuration (e.g. {@code launchdesk.training.xapi.activity-base}).
 */
public record XapiSettings(URI activityBase, String platform) {

    public XapiSettings {
        Objects.requireNonNull(activityBase, "activityBase");
        String scheme = activityBase.getScheme();
        if (!activityBase.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme)) || !activityBase.getPath().endsWith("/")
                || activityBase.getQuery() != null || activityBase.getFragment() != null) {
            throw new IllegalArgumentException("the activity base is an absolute http(s) IRI ending in /: " + activityBase);
        }
        platform = platform == null || platform.isBlank() ? "LaunchDesk" : platform;
    }
}
