package dev.launchdesk.insight.ingest;

/**
 * A whole file (or request) that cannot be imported, with the field or aspect at fault ("file", "mode",
 * "header", ...). Nothing of it was written.
 */
public class ImportRejectedException extends RuntimeException {

    private final String field;

    public ImportRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
