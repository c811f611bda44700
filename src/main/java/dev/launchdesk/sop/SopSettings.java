package dev.launchdesk.sop;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reviewPeriodDays how long a published version stays current before it is due for review (default 180)
 */
@ConfigurationProperties("launchdesk.sop")
public record SopSettings(Integer reviewPeriodDays) {

    public SopSettings {
        if (reviewPeriodDays == null) {
            reviewPeriodDays = 180;
        }
        if (reviewPeriodDays < 1) {
            throw new IllegalArgumentException("launchdesk.sop.review-period-days must be at least 1");
        }
    }
}
