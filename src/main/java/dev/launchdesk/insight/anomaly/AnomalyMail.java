package dev.launchdesk.insight.anomaly;

import java.util.Locale;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/** The text of an alert e-mail. */
@Component
class AnomalyMail {

    private final AnomalySettings settings;

    AnomalyMail(AnomalySettings settings) {
        this.settings = settings;
    }

    SimpleMailMessage message(Anomaly anomaly, String to, String displayName) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject("[LaunchDesk] " + anomaly.kpi().label() + " anomaly · " + anomaly.scopeLabel() + " · " + anomaly.day());
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1) : settings.baseUrl();
        message.setText("""
                Hello %s,

                %s in %s on %s was %s, expected %s (score %s, %s).

                See the anomaly and what happened around it: %s/insights/anomalies/%d
                Find the root cause: %s%s

                You get this because you follow anomalies on LaunchDesk; change that on the anomalies page.
                """.formatted(displayName, anomaly.kpi().label(), anomaly.scopeLabel(), anomaly.day(), number(anomaly.actual()),
                number(anomaly.expected()), number(anomaly.score()), anomaly.direction().name().toLowerCase(Locale.ROOT),
                base, anomaly.id(), base, anomaly.rootCauseLink()));
        return message;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
