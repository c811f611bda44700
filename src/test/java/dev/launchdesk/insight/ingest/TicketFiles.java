package dev.launchdesk.insight.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small ticket files for tests: unique ticket ids and a day of their own per test, so tests never see each other's rows. */
final class TicketFiles {

    static final String HEADER = "ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,"
            + "handle_time_seconds,csat,reopened,contact_count,launch_key,sop_key,sop_version\n";

    private static final AtomicInteger DAYS = new AtomicInteger();

    private TicketFiles() {
    }

    /** A day in 2025 (after the demo SLA parameters start) that no other test uses. */
    static LocalDate freshDay() {
        return LocalDate.of(2025, 2, 1).plusDays(DAYS.getAndIncrement() * 2L);
    }

    static String prefix() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
