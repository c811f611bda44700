package dev.launchdesk.insight.dashboard;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marketplace orders per market and day (the contact rate's denominator), for folding roll-up rows in memory. */
@Repository
class OrderVolumes {

    private final JdbcClient jdbc;

    OrderVolumes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Map<LocalDate, Long>> between(LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, Long>> byMarket = new HashMap<>();
        jdbc.sql("select market_code, order_day, orders from order_volume where order_day between :from and :to")
                .param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    byMarket.computeIfAbsent(rs.getString(1), m -> new HashMap<>()).put(rs.getObject(2, LocalDate.class), rs.getLong(3));
                });
        return byMarket;
    }
}
