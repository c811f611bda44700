package dev.launchdesk.insight.anomaly;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.launchdesk.shared.BaseUrl;

/** The text of an anomaly alert: its subject line and its e-mail body, the same for every follower. */
@Component
class AnomalyMail {

    private final BaseUrl baseUrl;

    AnomalyMail(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    String subject(Anomaly anomaly) {
        return "[LaunchDesk] " + anomaly.kpi().label() + " anomaly · " + anomaly.scopeLabel() + " · " + anomaly.day();
    }

    String text(Anomaly anomaly) {
        String base = baseUrl.absolute("");
        return """
                %s in %s on %s was %s, expected %s (score %s, %s).

                See the anomaly and what happened around it: %s/insights/anomalies/%d
                Find the root cause: %s%s

                You get this because you follow anomalies on LaunchDesk; change that on the anomalies page, and how you are
                notified on %s/account/notifications.
                """.formatted(anomaly.kpi().label(), anomaly.scopeLabel(), anomaly.day(), number(anomaly.actual()),
                number(anomaly.expected()), number(anomaly.score()), anomaly.direction().name().toLowerCase(Locale.ROOT),
                base, anomaly.id(), base, anomaly.rootCauseLink(), base);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
