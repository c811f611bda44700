package dev.launchdesk.insight.anomaly;

import org.springframework.context.ApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;

/** For the two-node test: runs a node's scheduled anomaly scan as its scheduler would, and counts the node's scans. */
public final class ScheduledScanOnNode {

    private ScheduledScanOnNode() {
    }

    public static void run(ApplicationContext node) {
        node.getBean(AnomalyTriggers.class).onSchedule();
    }

    public static long scans(ApplicationContext node) {
        return node.getBean(MeterRegistry.class).get("launchdesk.anomaly.scans").timer().count();
    }
}
