package dev.launchdesk.insight.ingest;

/** An import asked for while this server already runs as many as it takes at once; nothing of the file was read. */
class ImportsBusyException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 30;

    ImportsBusyException(int maxRunning) {
        super((maxRunning == 1 ? "another import is running" : maxRunning + " imports are running") + " on this server (it takes "
                + maxRunning + " at a time so that the rest of the application stays responsive); nothing was read: send the file"
                + " again when it has finished, e.g. in " + RETRY_AFTER_SECONDS + " seconds");
    }
}
