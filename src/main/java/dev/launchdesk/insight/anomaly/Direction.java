package dev.launchdesk.insight.anomaly;

/** Which way a KPI moved away from its expected value. */
public enum Direction {
    UP, DOWN;

    static Direction of(double score) {
        return score >= 0 ? UP : DOWN;
    }
}
