package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustStatisticsTest {

    /** The worked example of Leys et al. (2013): 1, 3, 3, 6, 8, 10, 10, 1000 has median 7 and MAD 1.4826 × 3.5 = 5.189. */
    @Test
    void reproducesThePublishedExample() {
        double[] values = {1, 3, 3, 6, 8, 10, 10, 1000};
        assertThat(RobustStatistics.median(values.clone(), values.length)).isEqualTo(7.0);
        assertThat(RobustStatistics.mad(values.clone(), values.length)).isCloseTo(5.189, within(0.001));
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(RobustStatistics.median(new double[] {9, 1, 5}, 3)).isEqualTo(5.0);
        assertThat(RobustStatistics.median(new double[] {9, 1, 5, 99}, 3)).isEqualTo(5.0);
        assertThat(RobustStatistics.median(new double[0], 0)).isNaN();
    }

    @Test
    void madOfAConstantIsZero() {
        assertThat(RobustStatistics.mad(new double[] {4, 4, 4, 4}, 4)).isZero();
    }
}
