package dev.launchdesk.training.xapi;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the xAPI statements of finished training name things ({@code launchdesk.training.xapi.*}); every value has a
 * default that runs out of the box.
 *
 * @param activityBase    the IRI the modules' activity ids are built under, an absolute http(s) IRI ending in {@code /};
 *                        default {@code <launchdesk.base-url>/xapi/activities/}
 * @param platform        the platform named in each statement's context; default {@code LaunchDesk}
 * @param accountHomePage the home page of the agents' accounts (the actor is {@code <vendor code>/<external id>} there);
 *                        default {@code <launchdesk.base-url>/}
 * @param pageSize        the most statements one answer holds (1 .. 10,000); default 1,000
 */
@ConfigurationProperties("launchdesk.training.xapi")
public record XapiProperties(URI activityBase, String platform, URI accountHomePage, Integer pageSize) {

    public static final int LARGEST_PAGE = 10_000;

    public XapiProperties {
        activityBase = activityBase == null || activityBase.toString().isBlank() ? null : activityBase;
        accountHomePage = accountHomePage == null || accountHomePage.toString().isBlank() ? null : accountHomePage;
        pageSize = pageSize == null ? 1_000 : pageSize;
        if (pageSize < 1 || pageSize > LARGEST_PAGE) {
            throw new IllegalArgumentException("launchdesk.training.xapi.page-size is between 1 and " + LARGEST_PAGE + ": " + pageSize);
        }
    }
}
