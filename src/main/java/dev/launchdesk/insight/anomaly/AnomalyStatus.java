package dev.launchdesk.insight.anomaly;

/** Where an anomaly is in its review: new, seen and being looked at, or judged not worth acting on. */
public enum AnomalyStatus {
    OPEN, ACKNOWLEDGED, DISMISSED
}
