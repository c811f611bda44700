package dev.launchdesk.insight.ingest;

import dev.launchdesk.shared.UserTexts;

/** An import asked for while this server already runs as many as it takes at once; nothing of the file was read. */
class ImportsBusyException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 30;

    ImportsBusyException(int maxRunning) {
        super(UserTexts.of("problem.insight.import.busy", maxRunning, String.valueOf(RETRY_AFTER_SECONDS)));
    }
}
