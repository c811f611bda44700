package dev.launchdesk.sop.library;

/** How a market's variant of a master stands, as the SOP × market matrix shows it. */
public enum VariantState {
    NONE("No variant", ""),
    IN_PROGRESS("Not yet published", "info"),
    UP_TO_DATE("Up to date", "ok"),
    MASTER_UPDATED("Master updated", "warn"),
    CONFLICT("Conflict", "bad"),
    IN_TRANSLATION("In translation", "info"),
    DUE_FOR_REVIEW("Due for review", "warn");

    private final String label;
    private final String tone;

    VariantState(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** The badge colour class: ok, warn, bad, info. */
    public String tone() {
        return tone;
    }
}
