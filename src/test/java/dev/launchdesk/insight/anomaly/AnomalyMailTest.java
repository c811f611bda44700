package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.BaseUrl;

/** The alert mail is the bundle's anomaly.mail.* in English, whatever language the request that caused it had. */
class AnomalyMailTest {

    private static final Instant AT = Instant.parse("2021-03-10T06:00:00Z");

    private final AnomalyMail mail = new AnomalyMail(new BaseUrl("https://launchdesk.example/"));

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theSubjectAndBodyAreTheBundlesEnglish() {
        Anomaly anomaly = anomaly(4711, Kpi.VOLUME, "VN", "NCS", Direction.UP);

        assertThat(mail.subject(anomaly)).isEqualTo("[LaunchDesk] Tickets anomaly · VN · NCS · 2021-03-09");
        assertThat(mail.text(anomaly)).isEqualTo("""
                Tickets in VN · NCS on 2021-03-09 was 160.00, expected 100.00 (score 6.00, up).

                See the anomaly and what happened around it: https://launchdesk.example/insights/anomalies/4711
                Find the root cause: https://launchdesk.example/insights/rca?kpi=volume&market=VN&vendor=NCS&from=2021-03-09&to=2021-03-09\
                &baselineFrom=2021-02-09&baselineTo=2021-03-08

                You get this because you follow anomalies on LaunchDesk; change that on the anomalies page, and how you are
                notified on https://launchdesk.example/account/notifications.
                """);
    }

    @Test
    void allMarketsAndTheDirectionAreWordsOfTheBundleAndANumberIsNotGrouped() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
        Anomaly anomaly = anomaly(1234567, Kpi.CSAT, "", "", Direction.DOWN);

        assertThat(mail.subject(anomaly)).isEqualTo("[LaunchDesk] CSAT (4–5 of 5) anomaly · All markets · 2021-03-09");
        assertThat(mail.text(anomaly)).startsWith("CSAT (4–5 of 5) in All markets on 2021-03-09 was 160.00, expected 100.00 (score 6.00, down).")
                .contains("/insights/anomalies/1234567\n");
    }

    private static Anomaly anomaly(long id, Kpi kpi, String market, String vendor, Direction direction) {
        return new Anomaly(id, kpi, market, vendor, LocalDate.of(2021, 3, 9), 160, 100, 10, 6, direction, 160, AnomalyStatus.OPEN,
                null, null, null, AT, AT);
    }
}
