package dev.launchdesk.insight.anomaly;

import java.util.Locale;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Echoed;

/**
 * Who may do what with anomalies. Every role but AGENT reads them (a vendor lead only its own vendor's);
 * admins, analysts and GTM managers review them (acknowledge, dismiss); admins and analysts — who import the
 * tickets — start scans on demand.
 */
final class AnomalyAccess {

    static final String READERS = "hasAnyRole('ADMIN', 'GTM_MANAGER', 'SOP_EDITOR', 'TRAINER', 'VENDOR_LEAD', 'ANALYST', 'VIEWER')";
    static final String REVIEWERS = "hasAnyRole('ADMIN', 'ANALYST', 'GTM_MANAGER')";
    static final String SCANNERS = "hasAnyRole('ADMIN', 'ANALYST')";

    private AnomalyAccess() {
    }

    /** A KPI named in a request (blank = none), else a 400 naming the field. */
    static Kpi kpi(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Kpi.fromParameter(value).orElseThrow(() -> InvalidInputException.of(field, Echoed.quoted(value) + " is not a KPI"));
    }

    static AnomalyStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AnomalyStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", Echoed.quoted(value) + " is not one of OPEN, ACKNOWLEDGED, DISMISSED");
        }
    }

    static String marketCode(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw InvalidInputException.of(field, Echoed.quoted(value) + " is not a market code (two letters)");
        }
        return code;
    }
}
