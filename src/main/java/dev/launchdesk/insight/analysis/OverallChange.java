package dev.launchdesk.insight.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What to do with a change that lifts (or lowers) the whole selection alike, such as a campaign day.
 * {@link #KEEP} (the default) compares with the baseline as it is, so a campaign day's uplift shows up where it
 * came from; {@link #DISCOUNT}, when the analyst asks for it, first scales every leaf's expectation by the typical
 * change, so only slices that changed more than the rest are root causes.
 */
public enum OverallChange {
    KEEP("keep"), DISCOUNT("discount");

    private final String parameter;

    OverallChange(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<OverallChange> fromParameter(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.parameter.equals(wanted)).findFirst();
    }
}
