package dev.launchdesk.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.InvalidInputException;

class KpiParametersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void withoutDaysTheRangeIsTheFourWeeksUpToTheLastDayWithData() {
        KpiQuery query = parse().query(Optional.of(LocalDate.of(2026, 11, 20)), TODAY);

        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(query.to()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(query.granularity()).isEqualTo(Granularity.DAY);
    }

    @Test
    void withoutDataTheRangeEndsToday() {
        assertThat(parse().query(Optional.empty(), TODAY).to()).isEqualTo(TODAY);
    }

    @Test
    void aStartAfterTheLastDayWithDataGetsFourWeeksFromItsStart() {
        KpiQuery query = parse("from", "2026-12-01").query(Optional.of(LocalDate.of(2026, 11, 20)), TODAY);

        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void readsRepeatedAndCommaSeparatedValuesAndIgnoresBlanks() {
        KpiParameters p = parse("market", "ID", "market", "MY", "market", "", "groupBy", "market,vendor", "groupBy", "vendor",
                "kpi", "AHT", "kpi", "csat,aht", "category", "Returns, refunds", "granularity", "Week", "to", " ");

        assertThat(p.filters().get(TicketDimension.MARKET)).containsExactly("ID", "MY");
        assertThat(p.filters().get(TicketDimension.CATEGORY)).containsExactly("Returns, refunds");
        assertThat(p.groupBy()).containsExactly(TicketDimension.MARKET, TicketDimension.VENDOR);
        assertThat(p.kpis()).containsExactly(Kpi.AHT, Kpi.CSAT);
        assertThat(p.primaryKpi()).isEqualTo(Kpi.AHT);
        assertThat(p.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(p.to()).isNull();
    }

    @Test
    void noKpiMeansEveryKpiAndChartsTheVolume() {
        assertThat(parse().kpis()).hasSize(Kpi.values().length);
        assertThat(parse().primaryKpi()).isEqualTo(Kpi.VOLUME);
    }

    @Test
    void badValuesNameTheirParameter() {
        assertField(() -> parse("granularity", "month"), "granularity");
        assertField(() -> parse("groupBy", "planet"), "groupBy");
        assertField(() -> parse("kpi", "speed"), "kpi");
        assertField(() -> parse("from", "25.11.2026"), "from");
        assertField(() -> parse("from", "2026-11-02", "to", "2026-11-01"), "to");
        assertField(() -> parse("from", "2000-01-01").query(Optional.empty(), TODAY), "to");
    }

    @Test
    void compareParametersReadAnSopVersionAndCheckTheDays() {
        CompareParameters p = CompareParameters.parse(map("sopVersion", "SPS-RFD-001 v12", "market", "ID"));

        assertThat(p.sopKey()).isEqualTo("SPS-RFD-001");
        assertThat(p.sopVersion()).isEqualTo(12);
        assertThat(p.days()).isEqualTo(14);
        assertThat(p.filters().filterValues(TicketDimension.MARKET)).containsExactly("ID");
        assertField(() -> CompareParameters.parse(map("around", "2026-11-01", "days", "181")), "days");
        assertField(() -> CompareParameters.parse(map("sopVersion", "v2")), "sopVersion");
        assertThat(CompareParameters.parse(map()).chosen()).isFalse();
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly(field));
    }

    private static KpiParameters parse(String... pairs) {
        return KpiParameters.parse(map(pairs), Granularity.DAY);
    }

    private static MultiValueMap<String, String> map(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void linksKeepTheFiltersAndEncodeTheirValues() {
        KpiParameters p = parse("market", "ID", "category", "Returns & refunds", "groupBy", "market", "kpi", "aht");
        KpiQuery query = p.query(Optional.of(LocalDate.of(2026, 11, 20)), TODAY);
        InsightLinks links = new InsightLinks(p, query);

        assertThat(links.tickets()).isEqualTo("/insights/tickets?from=2026-10-24&to=2026-11-20&market=ID&category=Returns+%26+refunds");
        assertThat(links.export("xlsx")).endsWith("&groupBy=market&granularity=total&format=xlsx");
        assertThat(links.dashboard()).endsWith("&granularity=day&kpi=aht");
        assertThat(links.ticketsOf(java.util.Map.of("market", "MY"))).contains("market=MY").doesNotContain("market=ID");
        assertThat(List.of(links.compare())).containsExactly("/insights/compare?market=ID&category=Returns+%26+refunds");
    }
}
