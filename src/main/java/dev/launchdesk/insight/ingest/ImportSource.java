package dev.launchdesk.insight.ingest;

/** How a file reached LaunchDesk. */
public enum ImportSource {
    UPLOAD, API, FOLDER, DEMO
}
