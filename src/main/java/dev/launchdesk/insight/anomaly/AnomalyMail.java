package dev.launchdesk.insight.anomaly;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.launchdesk.shared.BaseUrl;
import dev.launchdesk.shared.UserTexts;

/**
 * The text of an anomaly alert: its subject line and its e-mail body, the same for every follower, from the bundles
 * ({@code anomaly.mail.*}). Users have no language of their own yet and the bundles hold English only, so the mail is
 * written in {@link #LANGUAGE}; it is stored with the notification and so never depends on who triggered the scan.
 */
@Component
class AnomalyMail {

    static final Locale LANGUAGE = Locale.ENGLISH;

    private final BaseUrl baseUrl;

    AnomalyMail(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    String subject(Anomaly anomaly) {
        return UserTexts.in(LANGUAGE, "anomaly.mail.subject", kpi(anomaly), anomaly.scopeLabel(LANGUAGE), anomaly.day().toString());
    }

    String text(Anomaly anomaly) {
        String base = baseUrl.absolute("");
        return UserTexts.in(LANGUAGE, "anomaly.mail.text", kpi(anomaly), anomaly.scopeLabel(LANGUAGE), anomaly.day().toString(),
                number(anomaly.actual()), number(anomaly.expected()), number(anomaly.score()),
                UserTexts.in(LANGUAGE, "anomaly.mail.direction." + anomaly.direction().name()),
                base + "/insights/anomalies/" + anomaly.id(), base + anomaly.rootCauseLink(), base + "/account/notifications");
    }

    private static String kpi(Anomaly anomaly) {
        return UserTexts.in(LANGUAGE, "kpi." + anomaly.kpi().name());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
