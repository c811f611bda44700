package dev.launchdesk.insight.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every KPI formula against values worked out by hand. The measures are chosen so that every sum differs from the
 * others: a formula that reads the wrong sum, misses the ×100 of a percentage, the ×1,000 of the contact rate or the
 * seconds-to-minutes/hours factor gives another number.
 */
class KpiFormulaTest {

    /**
     * 40 tickets on 16,000 orders; 36 responded in 25,920 s (12 min each), 30 of the 40 within the first-response SLA;
     * 32 resolved in 604,800 s (5.25 h each), 26 of the 40 within the resolution SLA; 20 of the 32 resolved in one
     * contact, 4 reopened; 25 CSAT answers, 19 of them 4 or 5 (98 points); 52 contacts, 18,000 s handle time (7.5 min
     * per ticket).
     */
    private final TicketMeasures slice = new TicketMeasures(40, 52, 18_000, 36, 25_920, 30, 32, 604_800, 26, 20, 4,
            25, 19, 98, 16_000);

    @Test
    void volumeIsTheTicketCount() {
        assertThat(Kpi.VOLUME.value(slice)).isEqualTo(40.0);
    }

    @Test
    void contactRateIsTicketsPerThousandOrders() {
        // 40 tickets / 16,000 orders × 1,000 = 2.5
        assertThat(Kpi.CONTACT_RATE.value(slice)).isEqualTo(2.5);
    }

    @Test
    void averagesAreMinutesOrHoursPerCountedTicket() {
        // 18,000 s / 40 tickets = 450 s = 7.5 min
        assertThat(Kpi.AHT.value(slice)).isEqualTo(7.5);
        // 25,920 s / 36 responded tickets = 720 s = 12 min (not over all 40 tickets: 10.8)
        assertThat(Kpi.FRT.value(slice)).isEqualTo(12.0);
        // 604,800 s / 32 resolved tickets = 18,900 s = 5.25 h
        assertThat(Kpi.RESOLUTION_TIME.value(slice)).isEqualTo(5.25);
    }

    @Test
    void sharesArePercentOfTheirOwnDenominator() {
        // 20 first-contact resolutions of 32 resolved = 62.5 %
        assertThat(Kpi.FCR.value(slice)).isEqualTo(62.5);
        // 4 reopened of 32 resolved = 12.5 %
        assertThat(Kpi.REOPEN_RATE.value(slice)).isEqualTo(12.5);
        // 19 satisfied of 25 answers = 76 %
        assertThat(Kpi.CSAT.value(slice)).isEqualTo(76.0);
    }

    @Test
    void slaAttainmentIsTheShareOfAllTickets() {
        // 30 of 40 tickets answered within the SLA = 75 % (not of the 36 responded: 83.3 %)
        assertThat(Kpi.SLA_FIRST_RESPONSE.value(slice)).isEqualTo(75.0);
        // 26 of 40 tickets resolved within the SLA = 65 % (not of the 32 resolved: 81.25 %)
        assertThat(Kpi.SLA_RESOLUTION.value(slice)).isEqualTo(65.0);
    }

    @Test
    void rootCauseMeasureIsTheCountWhoseRiseMakesTheKpiWorse() {
        assertThat(Kpi.VOLUME.rootCauseMeasure(slice)).isEqualTo(40);
        assertThat(Kpi.CONTACT_RATE.rootCauseMeasure(slice)).isEqualTo(40);
        assertThat(Kpi.AHT.rootCauseMeasure(slice)).isEqualTo(18_000);
        assertThat(Kpi.FRT.rootCauseMeasure(slice)).isEqualTo(25_920);
        assertThat(Kpi.RESOLUTION_TIME.rootCauseMeasure(slice)).isEqualTo(604_800);
        assertThat(Kpi.FCR.rootCauseMeasure(slice)).as("resolved, not in one contact").isEqualTo(12);
        assertThat(Kpi.REOPEN_RATE.rootCauseMeasure(slice)).isEqualTo(4);
        assertThat(Kpi.CSAT.rootCauseMeasure(slice)).as("answers below 4").isEqualTo(6);
        assertThat(Kpi.SLA_FIRST_RESPONSE.rootCauseMeasure(slice)).as("first-response SLA misses").isEqualTo(10);
        assertThat(Kpi.SLA_RESOLUTION.rootCauseMeasure(slice)).as("resolution SLA misses").isEqualTo(14);
    }

    @Test
    void averagesOfSeveralDaysComeFromTheSummedRollUpNotFromTheDailyAverages() {
        // day 1: 2 tickets, 600 s handle time (5 min each); day 2: 8 tickets, 9,600 s (20 min each)
        TicketMeasures dayOne = measures(2, 600, 1_000);
        TicketMeasures dayTwo = measures(8, 9_600, 3_000);
        TicketMeasures both = dayOne.plus(dayTwo);

        // 10,200 s / 10 tickets = 1,020 s = 17 min (the mean of the daily means would be 12.5)
        assertThat(Kpi.AHT.value(both)).isEqualTo(17.0);
        // 10 tickets / 4,000 orders × 1,000 = 2.5 (the mean of the daily rates 2 and 2.67 would be 2.33)
        assertThat(Kpi.CONTACT_RATE.value(both)).isEqualTo(2.5);
        assertThat(Kpi.VOLUME.value(both)).isEqualTo(10.0);
    }

    @Test
    void plusAddsEverySumToItsOwnField() {
        TicketMeasures other = new TicketMeasures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(slice.plus(other)).isEqualTo(new TicketMeasures(41, 54, 18_003, 40, 25_925, 36, 39, 604_808, 35,
                30, 15, 37, 32, 112, 16_015));
        assertThat(TicketMeasures.NONE.plus(slice)).isEqualTo(slice);
    }

    @Test
    void withOrdersReplacesOnlyTheOrderVolume() {
        TicketMeasures replaced = slice.withOrders(8_000);
        assertThat(replaced).isEqualTo(new TicketMeasures(40, 52, 18_000, 36, 25_920, 30, 32, 604_800, 26, 20, 4,
                25, 19, 98, 8_000));
        assertThat(Kpi.CONTACT_RATE.value(replaced)).isEqualTo(5.0);
    }

    @Test
    void kpiIsUndefinedWithoutItsDenominator() {
        TicketMeasures noOrders = slice.withOrders(0);
        assertThat(Kpi.CONTACT_RATE.value(noOrders)).isNaN();
        assertThat(Kpi.AHT.value(noOrders)).isEqualTo(7.5);
        TicketMeasures unresolved = new TicketMeasures(3, 3, 900, 3, 540, 3, 0, 0, 0, 0, 0, 0, 0, 0, 100);
        assertThat(Kpi.FCR.value(unresolved)).isNaN();
        assertThat(Kpi.REOPEN_RATE.value(unresolved)).isNaN();
        assertThat(Kpi.CSAT.value(unresolved)).isNaN();
        assertThat(Kpi.RESOLUTION_TIME.value(unresolved)).isNaN();
        assertThat(Kpi.SLA_RESOLUTION.value(unresolved)).as("no ticket resolved within the SLA is 0 %, not undefined")
                .isEqualTo(0.0);
        assertThat(unresolved.value(Kpi.FRT)).isEqualTo(3.0);
    }

    @Test
    void aRowsValueIsTheKpiOfItsMeasures() {
        KpiRow row = new KpiRow(LocalDate.of(2021, 3, 1), List.of("MY", "chat"), slice);
        assertThat(row.value(Kpi.SLA_FIRST_RESPONSE)).isCloseTo(75.0, within(1e-12));
        assertThat(row.key(1)).isEqualTo("chat");
    }

    @Test
    void directionAndSettlingOfEachKpi() {
        assertThat(List.of(Kpi.values())).filteredOn(Kpi::higherIsBetter)
                .containsExactly(Kpi.FCR, Kpi.CSAT, Kpi.SLA_FIRST_RESPONSE, Kpi.SLA_RESOLUTION);
        assertThat(List.of(Kpi.values())).filteredOn(Kpi::waitsForResolution)
                .containsExactly(Kpi.RESOLUTION_TIME, Kpi.FCR, Kpi.REOPEN_RATE, Kpi.CSAT, Kpi.SLA_RESOLUTION);
        assertThat(Kpi.fromParameter(" Contact-Rate ")).contains(Kpi.CONTACT_RATE);
        assertThat(Kpi.fromParameter("sla_resolution")).contains(Kpi.SLA_RESOLUTION);
        assertThat(Kpi.fromParameter(null)).isEmpty();
        assertThat(Kpi.AHT.unit()).isEqualTo(Kpi.Unit.MINUTES);
        assertThat(Kpi.RESOLUTION_TIME.unit()).isEqualTo(Kpi.Unit.HOURS);
        assertThat(Kpi.CONTACT_RATE.unit()).isEqualTo(Kpi.Unit.PER_THOUSAND);
    }

    private static TicketMeasures measures(long tickets, long handleSeconds, long orders) {
        return new TicketMeasures(tickets, tickets, handleSeconds, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, orders);
    }
}
