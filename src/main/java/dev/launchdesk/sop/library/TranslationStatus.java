package dev.launchdesk.sop.library;

/** How a variant's translation into one language stands against the version in force. */
public enum TranslationStatus {
    NEW("New in master", "info"),
    SOURCE_UPDATED("Master updated", "warn"),
    IN_TRANSLATION("In translation", "info"),
    UP_TO_DATE("Up to date", "ok");

    private final String label;
    private final String tone;

    TranslationStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public String tone() {
        return tone;
    }
}
