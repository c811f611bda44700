package dev.launchdesk.training.xapi;

/**
 * How a learner finished a training module, each with its ADL verb: passed or failed the module's quiz, or completed
 * a module without a quiz (an informational change read and acknowledged).
 */
public enum XapiOutcome {
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed", Boolean.TRUE),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed", Boolean.FALSE),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed", null);

    private final String verb;
    private final String display;
    private final Boolean success;

    XapiOutcome(String verb, String display, Boolean success) {
        this.verb = verb;
        this.display = display;
        this.success = success;
    }

    /** The verb's IRI in the ADL vocabulary. */
    public String verb() {
        return verb;
    }

    /** The verb's display in English (the ADL vocabulary's own). */
    public String display() {
        return display;
    }

    /** The result's {@code success}, or {@code null} when there was nothing to pass. */
    public Boolean success() {
        return success;
    }
}
