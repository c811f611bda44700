package dev.launchdesk.insight.ingest;

import java.util.Locale;

import dev.launchdesk.shared.UserTexts;

/**
 * What happens to a file with bad rows: {@link #ALL_OR_NOTHING} (the default) imports nothing and reports the
 * rejected rows; {@link #GOOD_ROWS} imports the good rows and keeps the rejected ones for download as CSV.
 */
public enum ImportMode {
    ALL_OR_NOTHING("all-or-nothing"), GOOD_ROWS("good-rows");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static ImportMode parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL_OR_NOTHING;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ImportMode mode : values()) {
            if (mode.parameter.equals(wanted)) {
                return mode;
            }
        }
        throw new ImportRejectedException("mode", UserTexts.of("problem.insight.import.mode-unknown", value.trim()));
    }
}
