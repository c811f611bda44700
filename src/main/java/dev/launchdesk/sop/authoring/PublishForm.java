package dev.launchdesk.sop.authoring;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** When a version takes effect and when it must be reviewed (default: the review period after the effective date). */
@NamedInterface("authoring")
public record PublishForm(LocalDate effectiveDate, LocalDate reviewBy) {
}
