package dev.launchdesk.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.TicketFixtures;
import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.shared.VendorScope;

/** Folding one fine roll-up read in memory gives exactly what separate roll-up queries give, orders included. */
@SpringBootTest
@Transactional
class RollupFoldIntegrationTests {

    @Autowired
    TicketRollups rollups;

    @Autowired
    OrderVolumes orders;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}, total {1}, by [{2}]")
    @CsvSource(delimiter = ';', value = {"DAY;false;", "DAY;true;", "WEEK;false;category", "WEEK;true;market category",
            "DAY;false;market", "WEEK;true;vendor", "DAY;true;vendor market category"})
    void foldsLikeTheRollupQueries(Granularity granularity, boolean total, String dimensions) {
        DashboardTickets.insert(jdbc);
        // ID has orders on days without ID tickets: they count in every bucket the market has tickets in
        new TicketFixtures(jdbc).orders("ID", LocalDate.of(2019, 4, 2), 500);
        new TicketFixtures(jdbc).orders("ID", LocalDate.of(2019, 4, 9), 700);
        new TicketFixtures(jdbc).orders("TH", LocalDate.of(2019, 4, 3), 900);
        List<TicketDimension> groupBy = dimensions == null ? List.of()
                : java.util.Arrays.stream(dimensions.split(" ")).map(d -> TicketDimension.fromParameter(d).orElseThrow()).toList();
        KpiQuery fine = new KpiQuery(LocalDate.of(2019, 4, 2), LocalDate.of(2019, 4, 13), granularity, Map.of(),
                List.of(TicketDimension.VENDOR, TicketDimension.MARKET, TicketDimension.CATEGORY));
        RollupFold fold = new RollupFold(fine, rollups.aggregate(fine, VendorScope.all()), orders.between(fine.from(), fine.to()));

        List<KpiRow> expected = rollups.aggregate(fine.groupedBy(total ? Granularity.TOTAL : granularity, groupBy), VendorScope.all());

        assertThat(expected).isNotEmpty();
        assertThat(fold.fold(total, groupBy)).isEqualTo(expected);
    }
}
