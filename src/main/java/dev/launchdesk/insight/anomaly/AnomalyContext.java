package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.List;

import dev.launchdesk.sop.SopTimeline;

/**
 * What happened near an anomaly's day, from {@code from} to {@code to}: the SOP versions that took effect in its
 * market and the launches on its tickets (with the first day each appears in the scope). Tech changes are not
 * listed: LaunchDesk has no tech-change register yet ({@link #techChangeRegister} is false, and pages say so).
 */
public record AnomalyContext(LocalDate from, LocalDate to, List<SopTimeline.EffectiveVersion> sopVersions,
                             List<LaunchSeen> launches, boolean techChangeRegister) {

    /** A launch key on the scope's tickets in the window, and the first day it appears on any of them. */
    public record LaunchSeen(String launchKey, LocalDate firstDay) {
    }
}
