package dev.launchdesk.insight.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ticket and order-volume imports ({@code launchdesk.insight.import.*}).
 *
 * @param maxFileSize  the largest file one import takes (streamed, so this bounds the transaction, not memory)
 * @param maxReported  how many rejected rows an all-or-nothing import reports (the count is always exact)
 * @param watchFolder  the inbox folder watched for files (subfolders {@code tickets/} and {@code orders/}); empty = off
 * @param watchEvery   how often the inbox is looked at
 * @param watchMode    how files from the inbox are imported
 * @param maxRunning   how many imports run at once on this server; more through the API or the page answer 429
 *                     (the inbox and the demo data wait), so imports never take the connections the rest of the app needs
 * @param keptRejections how many rejected rows a good-rows import keeps for download (the count is always exact)
 * @param maxRejectedShare good-rows mode refuses a file in which more than this share of the rows are bad (it stops
 *                     reading once more than {@code keptRejections} rows are bad and the share is above this)
 */
@ConfigurationProperties("launchdesk.insight.import")
public record ImportSettings(@DefaultValue("1GB") DataSize maxFileSize, @DefaultValue("1000") int maxReported,
                            @DefaultValue("") String watchFolder, @DefaultValue("10s") Duration watchEvery,
                            @DefaultValue("all-or-nothing") String watchMode, @DefaultValue("1") int maxRunning,
                            @DefaultValue("10000") int keptRejections, @DefaultValue("0.5") double maxRejectedShare) {

    public ImportSettings {
        if (maxRunning < 1) {
            throw new IllegalArgumentException("launchdesk.insight.import.max-running must be at least 1");
        }
        if (maxRejectedShare < 0 || maxRejectedShare > 1) {
            throw new IllegalArgumentException("launchdesk.insight.import.max-rejected-share must be between 0 and 1");
        }
    }

    long maxBytes() {
        return maxFileSize.toBytes();
    }

    boolean watching() {
        return watchFolder != null && !watchFolder.isBlank();
    }

    Path inbox() {
        return Path.of(watchFolder);
    }

    static String describe(long bytes) {
        if (bytes >= DataSize.ofGigabytes(1).toBytes() && bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
            return bytes / DataSize.ofGigabytes(1).toBytes() + " GB";
        }
        if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
            return bytes / DataSize.ofMegabytes(1).toBytes() + " MB";
        }
        return bytes + " bytes";
    }
}
