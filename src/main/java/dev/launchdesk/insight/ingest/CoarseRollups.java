package dev.launchdesk.insight.ingest;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The small tables the import keeps beside {@code ticket_day}, in the same transaction, each a function of
 * {@code ticket_day}'s rows of a day and market:
 * <ul>
 * <li>{@code ticket_vendor_day}: the sums per day, market and vendor, and the creation time of the newest ticket (read from
 * {@code ticket} on a rebuild);</li>
 * <li>{@code ticket_category_day}: the sums per day, market, vendor and category;</li>
 * <li>{@code ticket_value_day}: the sites, channels, launches and SOP versions seen per day, market and vendor.</li>
 * </ul>
 * The H2 path and PostgreSQL's update path rebuild them from {@code ticket_day} for the market-days they touched; the
 * PostgreSQL direct path (only new tickets) adds what {@link TicketDayDeltas} folded in memory.
 */
final class CoarseRollups {

    static final String VENDOR_KEYS = "created_day, market_code, vendor_code";
    static final String CATEGORY_KEYS = VENDOR_KEYS + ", category";
    static final String VALUE_COLUMNS = VENDOR_KEYS + ", dimension, dimension_value";
    static final String CATEGORY_DDL = "created_day date not null, market_code varchar(2) not null, vendor_code varchar(20) not null,"
            + " category varchar(80) not null, " + TicketDayDeltas.MEASURES.replace(",", " bigint not null,") + " bigint not null";
    static final String VALUE_DDL = "created_day date not null, market_code varchar(2) not null, vendor_code varchar(20) not null,"
            + " dimension varchar(12) not null, dimension_value varchar(80) not null";

    /** The dimensions {@code ticket_value_day} lists, with their expression over a {@code ticket_day} row {@code d}. */
    private static final List<String[]> LISTED = List.of(new String[] {"SITE", "d.site_code"}, new String[] {"CHANNEL", "d.channel"},
            new String[] {"LAUNCH", "d.launch_key"},
            new String[] {"SOP_VERSION", "case when d.sop_key = '' then '' else d.sop_key || ' v' || cast(d.sop_version as varchar(10)) end"});
    /** Measures as sums of the ticket_day rows {@code d}. */
    private static final String SUMS = TicketDayDeltas.MEASURES.replaceAll("(\\w+)", "sum(d.$1)");

    private final JdbcClient jdbc;

    CoarseRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** H2: rebuilds the three tables of one market-day from its {@code ticket_day} rows. */
    void rebuild(LocalDate day, String market) {
        String where = " where created_day = :day and market_code = :market";
        String rows = "ticket_day d where d.created_day = :day and d.market_code = :market";
        String newest = "update ticket_vendor_day set newest_created_at = (select max(t.created_at) from ticket t"
                + " where t.created_day = :day and t.market_code = :market and t.vendor_code = ticket_vendor_day.vendor_code)" + where;
        for (String statement : List.of("delete from ticket_vendor_day" + where, fillVendorDays(rows), newest,
                "delete from ticket_category_day" + where, fillCategoryDays(rows), "delete from ticket_value_day" + where, fillValues(rows))) {
            jdbc.sql(statement).param("day", day).param("market", market).update();
        }
    }

    /** PostgreSQL's update path: rebuilds the three tables of the market-days in {@code affected} (created_day, market_code). */
    void rebuild(String affected) {
        String rows = "(select distinct created_day, market_code from " + affected + ") a join ticket_day d"
                + " on d.created_day = a.created_day and d.market_code = a.market_code";
        for (String table : List.of("ticket_vendor_day", "ticket_category_day", "ticket_value_day")) {
            jdbc.sql("delete from " + table + " x where exists (select 1 from " + affected
                    + " a where a.created_day = x.created_day and a.market_code = x.market_code)").update();
        }
        jdbc.sql(fillVendorDays(rows)).update();
        jdbc.sql("update ticket_vendor_day v set newest_created_at = s.newest from (select t.created_day, t.market_code, t.vendor_code,"
                + " max(t.created_at) as newest from (select distinct created_day, market_code from " + affected + ") a join ticket t"
                + " on t.created_day = a.created_day and t.market_code = a.market_code group by t.created_day, t.market_code, t.vendor_code) s"
                + " where v.created_day = s.created_day and v.market_code = s.market_code and v.vendor_code = s.vendor_code").update();
        jdbc.sql(fillCategoryDays(rows)).update();
        jdbc.sql(fillValues(rows)).update();
    }

    /**
     * PostgreSQL's direct path when the import's market-days had roll-up rows already: adds the category sums and the
     * values seen, copied into the temporary tables named, to what is there.
     */
    void addCopied(String categoryDeltas, String valueDeltas) {
        String add = TicketDayDeltas.MEASURES.replaceAll("(\\w+)", "$1 = ticket_category_day.$1 + excluded.$1");
        jdbc.sql("insert into ticket_category_day (" + CATEGORY_KEYS + ", " + TicketDayDeltas.MEASURES + ") select " + CATEGORY_KEYS + ", "
                + TicketDayDeltas.MEASURES + " from " + categoryDeltas + " on conflict (" + CATEGORY_KEYS + ") do update set " + add).update();
        jdbc.sql("insert into ticket_value_day (" + VALUE_COLUMNS + ") select " + VALUE_COLUMNS + " from " + valueDeltas
                + " on conflict (" + VALUE_COLUMNS + ") do nothing").update();
    }

    private static String fillVendorDays(String rows) {
        return "insert into ticket_vendor_day (" + VENDOR_KEYS + ", " + TicketDayDeltas.MEASURES + ") select d.created_day, d.market_code,"
                + " d.vendor_code, " + SUMS + " from " + rows + " group by d.created_day, d.market_code, d.vendor_code";
    }

    private static String fillCategoryDays(String rows) {
        return "insert into ticket_category_day (" + CATEGORY_KEYS + ", " + TicketDayDeltas.MEASURES + ") select d.created_day,"
                + " d.market_code, d.vendor_code, d.category, " + SUMS + " from " + rows
                + " group by d.created_day, d.market_code, d.vendor_code, d.category";
    }

    private static String fillValues(String rows) {
        StringBuilder select = new StringBuilder();
        for (String[] listed : LISTED) {
            select.append(select.isEmpty() ? "" : " union ").append("select distinct d.created_day, d.market_code, d.vendor_code, '")
                    .append(listed[0]).append("', ").append(listed[1]).append(" from ").append(rows);
        }
        return "insert into ticket_value_day (" + VALUE_COLUMNS + ") " + select;
    }
}
