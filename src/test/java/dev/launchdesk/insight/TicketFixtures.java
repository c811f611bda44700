package dev.launchdesk.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the insight tables without the importer: tickets written to {@code ticket} and rolled up in Java
 * into {@code ticket_day} (added to a row already there) and the coarse tables ({@link VendorDays}), plus order volume. The roll-up follows the column
 * definitions of V7: responded = has a first response, first_contact_resolved = resolved with one contact and never
 * reopened, csat_satisfied = CSAT 4 or 5.
 */
public final class TicketFixtures {

    /** One ticket; build with {@link #ticket} and the with-methods. Times are seconds after creation (null = never). */
    public record FixtureTicket(String id, LocalDate day, String market, String vendor, String site, String channel,
                                String category, int handleSeconds, Integer responseSeconds, Integer resolutionSeconds,
                                Integer csat, boolean reopened, int contacts, String launch, String sopKey, int sopVersion,
                                boolean responseInSla, boolean resolutionInSla) {

        public FixtureTicket handled(int seconds) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, seconds, responseSeconds, resolutionSeconds,
                    csat, reopened, contacts, launch, sopKey, sopVersion, responseInSla, resolutionInSla);
        }

        /** First response after the seconds, in SLA or not. */
        public FixtureTicket responded(Integer seconds, boolean inSla) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, seconds, resolutionSeconds,
                    csat, reopened, contacts, launch, sopKey, sopVersion, inSla, resolutionInSla);
        }

        public FixtureTicket resolved(Integer seconds, boolean inSla) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, responseSeconds, seconds,
                    csat, reopened, contacts, launch, sopKey, sopVersion, responseInSla, inSla);
        }

        public FixtureTicket rated(Integer score) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, responseSeconds, resolutionSeconds,
                    score, reopened, contacts, launch, sopKey, sopVersion, responseInSla, resolutionInSla);
        }

        public FixtureTicket reopenedWith(int contactCount) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, responseSeconds, resolutionSeconds,
                    csat, true, contactCount, launch, sopKey, sopVersion, responseInSla, resolutionInSla);
        }

        public FixtureTicket contacts(int contactCount) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, responseSeconds, resolutionSeconds,
                    csat, reopened, contactCount, launch, sopKey, sopVersion, responseInSla, resolutionInSla);
        }

        public FixtureTicket launch(String key) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, responseSeconds, resolutionSeconds,
                    csat, reopened, contacts, key, sopKey, sopVersion, responseInSla, resolutionInSla);
        }

        public FixtureTicket sop(String key, int version) {
            return new FixtureTicket(id, day, market, vendor, site, channel, category, handleSeconds, responseSeconds, resolutionSeconds,
                    csat, reopened, contacts, launch, key, version, responseInSla, resolutionInSla);
        }

        Instant createdAt() {
            return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
        }

        boolean firstContactResolved() {
            return resolutionSeconds != null && contacts == 1 && !reopened;
        }
    }

    private final JdbcClient jdbc;

    public TicketFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A ticket handled in 5 minutes, unanswered, open, unrated, one contact, no launch or SOP. */
    public static FixtureTicket ticket(String id, LocalDate day, String market, String vendor, String site, String channel,
                                       String category) {
        return new FixtureTicket(id, day, market, vendor, site, channel, category, 300, null, null, null, false, 1, "", "", 0,
                false, false);
    }

    public void insert(FixtureTicket... tickets) {
        insert(List.of(tickets));
    }

    public void insert(List<FixtureTicket> tickets) {
        Map<List<Object>, long[]> rollup = new LinkedHashMap<>();
        for (FixtureTicket t : tickets) {
            insertTicket(t);
            long[] m = rollup.computeIfAbsent(List.of(t.day(), t.market(), t.vendor(), t.site(), t.channel(), t.category(),
                    t.launch(), t.sopKey(), t.sopVersion()), k -> new long[14]);
            m[0]++;
            m[1] += t.contacts();
            m[2] += t.handleSeconds();
            if (t.responseSeconds() != null) {
                m[3]++;
                m[4] += t.responseSeconds();
            }
            m[5] += t.responseInSla() ? 1 : 0;
            if (t.resolutionSeconds() != null) {
                m[6]++;
                m[7] += t.resolutionSeconds();
            }
            m[8] += t.resolutionInSla() ? 1 : 0;
            m[9] += t.firstContactResolved() ? 1 : 0;
            m[10] += t.reopened() ? 1 : 0;
            if (t.csat() != null) {
                m[11]++;
                m[12] += t.csat() >= 4 ? 1 : 0;
                m[13] += t.csat();
            }
        }
        rollup.forEach(this::addToDay);
        tickets.stream().map(FixtureTicket::day).min(LocalDate::compareTo)
                .ifPresent(first -> VendorDays.rebuild(jdbc, first, tickets.stream().map(FixtureTicket::day).max(LocalDate::compareTo).get()));
    }

    public void orders(String market, LocalDate day, long orders) {
        jdbc.sql("insert into order_volume (market_code, order_day, orders) values (:m, :d, :o)")
                .param("m", market).param("d", day).param("o", orders).update();
    }

    private void insertTicket(FixtureTicket t) {
        Instant created = t.createdAt();
        jdbc.sql("""
                insert into ticket (ticket_id, created_at, created_day, first_response_at, resolved_at, market_code, vendor_code,
                    site_code, channel, category, handle_seconds, csat, reopened, contact_count, launch_key, sop_key, sop_version,
                    response_in_sla, resolution_in_sla, import_id)
                values (:id, :created, :day, :response, :resolved, :market, :vendor, :site, :channel, :category, :handle, :csat,
                    :reopened, :contacts, :launch, :sopKey, :sopVersion, :responseInSla, :resolutionInSla, 0)
                """)
                .param("id", t.id()).param("created", Timestamp.from(created)).param("day", t.day())
                .param("response", t.responseSeconds() == null ? null : Timestamp.from(created.plusSeconds(t.responseSeconds())))
                .param("resolved", t.resolutionSeconds() == null ? null : Timestamp.from(created.plusSeconds(t.resolutionSeconds())))
                .param("market", t.market()).param("vendor", t.vendor()).param("site", t.site()).param("channel", t.channel())
                .param("category", t.category()).param("handle", t.handleSeconds()).param("csat", t.csat())
                .param("reopened", t.reopened()).param("contacts", t.contacts()).param("launch", t.launch())
                .param("sopKey", t.sopKey()).param("sopVersion", t.sopVersion()).param("responseInSla", t.responseInSla())
                .param("resolutionInSla", t.resolutionInSla())
                .update();
    }

    private void addToDay(List<Object> key, long[] m) {
        Map<String, Object> params = new LinkedHashMap<>();
        String[] keys = {"day", "market", "vendor", "site", "channel", "category", "launch", "sopKey", "sopVersion"};
        for (int i = 0; i < keys.length; i++) {
            params.put(keys[i], key.get(i));
        }
        String[] measures = {"tickets", "contacts", "handle_seconds", "responded", "response_seconds", "response_in_sla",
                "resolved", "resolution_seconds", "resolution_in_sla", "first_contact_resolved", "reopened", "csat_responses",
                "csat_satisfied", "csat_points"};
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < measures.length; i++) {
            params.put("m" + i, m[i]);
            sets.add(measures[i] + " = " + measures[i] + " + :m" + i);
        }
        String where = " where created_day = :day and market_code = :market and vendor_code = :vendor and site_code = :site"
                + " and channel = :channel and category = :category and launch_key = :launch and sop_key = :sopKey"
                + " and sop_version = :sopVersion";
        int updated = jdbc.sql("update ticket_day set " + String.join(", ", sets) + where).params(params).update();
        if (updated == 0) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < measures.length; i++) {
                values.add(":m" + i);
            }
            jdbc.sql("insert into ticket_day (created_day, market_code, vendor_code, site_code, channel, category, launch_key,"
                    + " sop_key, sop_version, " + String.join(", ", measures) + ") values (:day, :market, :vendor, :site, :channel,"
                    + " :category, :launch, :sopKey, :sopVersion, " + String.join(", ", values) + ")").params(params).update();
        }
    }
}
