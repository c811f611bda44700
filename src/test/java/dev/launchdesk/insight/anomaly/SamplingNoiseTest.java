package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.kpi.Kpi;

class SamplingNoiseTest {

    @Test
    void atTheExpectedValueItIsTheTextbookStandardDeviation() {
        // binomial: 4 % of 50 -> sqrt(4 * 96 / 50) = 2.7713 percentage points
        assertThat(SamplingNoise.of(Kpi.REOPEN_RATE, 1).deviation(4, 4, 50)).isCloseTo(Math.sqrt(4 * 96 / 50.0), within(1e-9));
        // Poisson: 400 tickets expected -> 20
        assertThat(SamplingNoise.of(Kpi.VOLUME, 1).deviation(400, 400, 1)).isCloseTo(20, within(1e-9));
        // 2 tickets per 1,000 of 50,000 orders = 100 tickets -> 1000 * sqrt(100) / 50,000 = 0.2
        assertThat(SamplingNoise.of(Kpi.CONTACT_RATE, 1).deviation(2, 2, 50_000)).isCloseTo(0.2, within(1e-9));
        // mean of 25 handle times of 10 minutes with cv 1 -> 10 / 5 = 2 minutes; cv 0.5 -> 1
        assertThat(SamplingNoise.of(Kpi.AHT, 1).deviation(10, 14, 25)).isCloseTo(2, within(1e-9));
        assertThat(SamplingNoise.of(Kpi.RESOLUTION_TIME, 0.5).deviation(10, 3, 25)).isCloseTo(1, within(1e-9));
    }

    /**
     * 9 reopened of 50 where 4 % were expected: the arcsine score 2·√50·(asin √0.18 − asin √0.04) = 3.349, near the
     * exact binomial tail P(X ≥ 9) = 1.48e-4 (3.62 sigma); measured at the expected value's standard deviation it would be 5.05.
     */
    @Test
    void smallCountsAreMeasuredOnTheVarianceStabilisedScale() {
        double deviation = SamplingNoise.of(Kpi.REOPEN_RATE, 1).deviation(4, 18, 50);
        assertThat((18 - 4) / deviation).isCloseTo(3.3487, within(1e-4));
        // Poisson: 9 tickets where 2 were expected -> 2 (3 - 1.414) = 3.17
        double poisson = SamplingNoise.of(Kpi.VOLUME, 1).deviation(2, 9, 1);
        assertThat((9 - 2) / poisson).isCloseTo(2 * (3 - Math.sqrt(2)), within(1e-9));
    }

    @Test
    void aShareBelowExpectedWidensTowardsFifty() {
        SamplingNoise csat = SamplingNoise.of(Kpi.CSAT, 1);
        double below = csat.deviation(90, 80, 100);
        assertThat(below).isGreaterThan(Math.sqrt(90 * 10 / 100.0));
        assertThat((80 - 90) / below).isCloseTo(2 * 10 * (Math.asin(Math.sqrt(0.8)) - Math.asin(Math.sqrt(0.9))), within(1e-9));
    }

    @Test
    void withoutACountThereIsNoSamplingNoise() {
        assertThat(SamplingNoise.of(Kpi.REOPEN_RATE, 1).deviation(4, 18, 0)).isZero();
        assertThat(SamplingNoise.of(Kpi.CONTACT_RATE, 1).deviation(2, 3, 0)).isZero();
        assertThat(SamplingNoise.of(Kpi.FRT, 1).deviation(30, 60, 0)).isZero();
        assertThat(SamplingNoise.of(Kpi.FRT, 0).deviation(30, 60, 5)).isZero();
        assertThat(SamplingNoise.NONE.deviation(4, 18, 50)).isZero();
    }
}
