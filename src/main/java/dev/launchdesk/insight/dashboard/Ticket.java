package dev.launchdesk.insight.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One helpdesk ticket as the drill-down shows it. {@code createdDay} is the market-local day the KPIs count it on;
 * launch and SOP are empty when the ticket carries none.
 */
public record Ticket(String id, Instant createdAt, LocalDate createdDay, Instant firstResponseAt, Instant resolvedAt,
              String market, String vendor, String site, String channel, String category, int handleSeconds,
              Integer csat, boolean reopened, int contacts, String launch, String sopKey, int sopVersion,
              boolean responseInSla, boolean resolutionInSla) {

    /** Seconds from creation to the first response; {@code null} when not answered yet. */
    @JsonProperty
    public Long firstResponseSeconds() {
        return firstResponseAt == null ? null : Duration.between(createdAt, firstResponseAt).toSeconds();
    }

    /** Seconds from creation to resolution; {@code null} while open. */
    @JsonProperty
    public Long resolutionSeconds() {
        return resolvedAt == null ? null : Duration.between(createdAt, resolvedAt).toSeconds();
    }

    @JsonProperty
    public boolean resolved() {
        return resolvedAt != null;
    }

    /** "KEY vN", or "" without an SOP (the value of the {@code sop} filter). */
    @JsonProperty
    public String sop() {
        return sopKey.isEmpty() ? "" : sopKey + " v" + sopVersion;
    }
}
