package dev.launchdesk.insight.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the rows of an import add to the daily roll-up, summed per dimension combination while the rows stream by.
 * Memory stays bounded: when the map holds {@value #MAX_COMBINATIONS} combinations, its sums go to a spool file in
 * binary COPY format and the map starts again; PostgreSQL adds up the spooled sums per combination at the end. Only
 * used when every row is a new ticket: then adding these sums to {@code ticket_day} gives exactly what recomputing
 * the touched days from {@code ticket} would, for a fraction of the work.
 */
final class TicketDayDeltas implements AutoCloseable {

    static final String KEYS = "created_day, market_code, vendor_code, site_code, channel, category, launch_key, sop_key, sop_version";
    static final String MEASURES = "tickets, contacts, handle_seconds, responded, response_seconds, response_in_sla, resolved,"
            + " resolution_seconds, resolution_in_sla, first_contact_resolved, reopened, csat_responses, csat_satisfied, csat_points";
    static final String DDL = "created_day date not null, market_code varchar(2) not null, vendor_code varchar(20) not null,"
            + " site_code varchar(30) not null, channel varchar(40) not null, category varchar(80) not null,"
            + " launch_key varchar(60) not null, sop_key varchar(40) not null, sop_version integer not null, "
            + MEASURES.replace(",", " bigint not null,") + " bigint not null";
    static final int MAX_COMBINATIONS = 250_000;
    static final int MEASURE_COUNT = 14;
    /** Where a combination's sums keep the creation time of its newest ticket (microseconds since 1970), after the measures. */
    static final int NEWEST = MEASURE_COUNT;

    private record Combination(LocalDate day, String market, String vendor, String site, String channel, String category,
                               String launch, String sop, int sopVersion) {
    }

    /** A day, market and vendor: the key of {@code ticket_vendor_day}. */
    record VendorDay(LocalDate day, String market, String vendor) {
    }

    /**
     * What the combinations of one day, market and vendor add up to: their sums ({@code ticket_vendor_day}), the sums
     * per category ({@code ticket_category_day}) and the values seen ({@code ticket_value_day}). Keyed by the
     * canonical strings of the rows, whose hashes are cached, so folding a combination costs one record lookup.
     */
    private static final class VendorDayFold {
        final long[] sums = newSums();
        final Map<String, long[]> categories = new HashMap<>();
        final Set<String> sites = new HashSet<>();
        final Set<String> channels = new HashSet<>();
        final Set<String> launches = new HashSet<>();
        final Map<String, Set<Integer>> sopVersions = new HashMap<>();

        void add(Combination c, long[] measures) {
            long[] category = categories.computeIfAbsent(c.category(), k -> new long[MEASURE_COUNT]);
            for (int i = 0; i < MEASURE_COUNT; i++) {
                sums[i] += measures[i];
                category[i] += measures[i];
            }
            sums[NEWEST] = Math.max(sums[NEWEST], measures[NEWEST]);
            sites.add(c.site());
            channels.add(c.channel());
            launches.add(c.launch());
            sopVersions.computeIfAbsent(c.sop(), k -> new HashSet<>()).add(c.sopVersion());
        }
    }

    private final Map<Combination, long[]> sums = new HashMap<>();
    private final Map<VendorDay, VendorDayFold> folded = new HashMap<>();
    private final BinaryCopyRows buffer = new BinaryCopyRows(1 << 16);
    private final Path file;
    private final OutputStream out;
    private int spills;

    TicketDayDeltas(long importId) {
        try {
            file = Files.createTempFile("ticket-import-" + importId + "-", ".rollup.pgcopy");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            out.write(BinaryCopyRows.HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("the roll-up spool of the import cannot be written", e);
        }
    }

    /** Adds a ticket's contribution, as the SQL recomputation in {@link TicketStore} counts it. */
    void add(TicketRow t) {
        long[] s = sums.computeIfAbsent(new Combination(t.createdDay(), t.market(), t.vendor(), t.site(), t.channel(), t.category(),
                t.launchKey(), t.sopKey(), t.sopVersion()), c -> newSums());
        s[0]++;
        s[1] += t.contactCount();
        s[2] += t.handleSeconds();
        if (t.responseSeconds() != null) {
            s[3]++;
            s[4] += t.responseSeconds();
        }
        s[5] += t.responseInSla() ? 1 : 0;
        if (t.resolutionSeconds() != null) {
            s[6]++;
            s[7] += t.resolutionSeconds();
        }
        s[8] += t.resolutionInSla() ? 1 : 0;
        s[9] += t.firstContactResolved() ? 1 : 0;
        s[10] += t.reopened() ? 1 : 0;
        if (t.csat() != null) {
            s[11]++;
            s[12] += t.csat() >= 4 ? 1 : 0;
            s[13] += t.csat();
        }
        s[NEWEST] = Math.max(s[NEWEST], BinaryCopyRows.epochMicros(t.createdAt()));
        if (sums.size() >= MAX_COMBINATIONS) {
            spill();
        }
    }

    private static long[] newSums() {
        long[] s = new long[MEASURE_COUNT + 1];
        s[NEWEST] = Long.MIN_VALUE;
        return s;
    }

    /** Whether every combination is in the spool once (the map never filled up), so its rows can go into ticket_day as they are. */
    boolean combinationsUnique() {
        return spills <= 1;
    }

    /**
     * The same sums per day, market and vendor ({@code ticket_vendor_day}), folded from the combinations as they spill,
     * each followed by the creation time of its newest ticket ({@link #NEWEST}); complete after {@link #finish}. Small:
     * a few rows per day and market.
     */
    Map<VendorDay, long[]> vendorDays() {
        Map<VendorDay, long[]> vendorDays = new HashMap<>();
        folded.forEach((key, fold) -> vendorDays.put(key, fold.sums));
        return vendorDays;
    }

    /** The days and markets of the rows (after {@link #finish}). */
    Set<TicketCopyLoad.MarketDay> marketDays() {
        Set<TicketCopyLoad.MarketDay> marketDays = new HashSet<>();
        folded.keySet().forEach(key -> marketDays.add(new TicketCopyLoad.MarketDay(key.day(), key.market())));
        return marketDays;
    }

    /** The sums per day, market, vendor and category in binary COPY format ({@link CoarseRollups#CATEGORY_KEYS}, measures); after {@link #finish}. */
    byte[] categoryDaysCopy() {
        BinaryCopyRows rows = new BinaryCopyRows(1 << 16);
        rows.header();
        folded.forEach((key, fold) -> fold.categories.forEach((category, measures) -> {
            rows.startRow(4 + MEASURE_COUNT);
            rows.date(key.day());
            rows.text(key.market());
            rows.text(key.vendor());
            rows.text(category);
            for (long sum : measures) {
                rows.bigint(sum);
            }
        }));
        return rows.trailed();
    }

    /** The values seen per day, market and vendor in binary COPY format ({@link CoarseRollups#VALUE_COLUMNS}); after {@link #finish}. */
    byte[] valueDaysCopy() {
        BinaryCopyRows rows = new BinaryCopyRows(1 << 16);
        rows.header();
        folded.forEach((key, fold) -> {
            fold.sites.forEach(value -> valueRow(rows, key, "SITE", value));
            fold.channels.forEach(value -> valueRow(rows, key, "CHANNEL", value));
            fold.launches.forEach(value -> valueRow(rows, key, "LAUNCH", value));
            fold.sopVersions.forEach((sop, versions) -> versions.forEach(
                    version -> valueRow(rows, key, "SOP_VERSION", sop.isEmpty() ? "" : sop + " v" + version)));
        });
        return rows.trailed();
    }

    private static void valueRow(BinaryCopyRows rows, VendorDay key, String dimension, String value) {
        rows.startRow(5);
        rows.date(key.day());
        rows.text(key.market());
        rows.text(key.vendor());
        rows.text(dimension);
        rows.text(value);
    }

    /** Writes what is left and closes the spool, which then holds the rows for {@code COPY ... (FORMAT binary)}. */
    Path finish() {
        spill();
        try {
            out.write(BinaryCopyRows.TRAILER);
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the roll-up spool of the import cannot be written", e);
        }
        return file;
    }

    private void spill() {
        for (Map.Entry<Combination, long[]> entry : sums.entrySet()) {
            Combination c = entry.getKey();
            fold(c, entry.getValue());
            buffer.startRow(9 + MEASURE_COUNT);
            buffer.date(c.day());
            buffer.text(c.market());
            buffer.text(c.vendor());
            buffer.text(c.site());
            buffer.text(c.channel());
            buffer.text(c.category());
            buffer.text(c.launch());
            buffer.text(c.sop());
            buffer.integer(c.sopVersion());
            for (int i = 0; i < MEASURE_COUNT; i++) {
                buffer.bigint(entry.getValue()[i]);
            }
            if (buffer.length() >= 1 << 16) {
                write();
            }
        }
        write();
        spills += sums.isEmpty() ? 0 : 1;
        sums.clear();
    }

    /** Adds a combination's sums and values to those of its day, market and vendor. */
    private void fold(Combination c, long[] sums) {
        folded.computeIfAbsent(new VendorDay(c.day(), c.market(), c.vendor()), k -> new VendorDayFold()).add(c, sums);
    }

    private void write() {
        try {
            out.write(buffer.bytes(), 0, buffer.length());
            buffer.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("the roll-up spool of the import cannot be written", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
