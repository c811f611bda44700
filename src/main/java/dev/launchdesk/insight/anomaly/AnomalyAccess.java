package dev.launchdesk.insight.anomaly;

import java.util.Locale;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/**
 * The parameters of anomaly requests, checked. Who may read, review and scan anomalies is in the authorisation table
 * (identity's AccessRules: READ_TEAM_DATA, REVIEW_ANOMALIES, SCAN_ANOMALIES); a vendor lead sees only its own vendor's.
 */
final class AnomalyAccess {

    private AnomalyAccess() {
    }

    /** A KPI named in a request (blank = none), else a 400 naming the field. */
    static Kpi kpi(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Kpi.fromParameter(value).orElseThrow(() -> InvalidInputException.of(field,
                UserTexts.of("problem.insight.anomaly.kpi-unknown", Echoed.quoted(value))));
    }

    static AnomalyStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AnomalyStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", UserTexts.of("problem.insight.anomaly.status-unknown", Echoed.quoted(value)));
        }
    }

    static String marketCode(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw InvalidInputException.of(field, UserTexts.of("problem.insight.anomaly.market-invalid", Echoed.quoted(value)));
        }
        return code;
    }
}
