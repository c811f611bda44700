package dev.launchdesk.sop;

import java.time.LocalDate;

/** When a version takes effect and when it must be reviewed (default: the review period after the effective date). */
public record PublishForm(LocalDate effectiveDate, LocalDate reviewBy) {
}
