package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.kpi.Kpi;

/** Anomalies of one KPI and scope on consecutive days fold into one episode with its start, end and peak. */
class AnomalyEpisodeTest {

    static final LocalDate D = LocalDate.of(2026, 11, 10);

    @Test
    void consecutiveDaysOfTheSameKpiAndScopeAreOneEpisode() {
        List<Anomaly> ordered = List.of(
                anomaly(1, Kpi.AHT, "MY", "LUMEN", D, 5.4),
                anomaly(2, Kpi.VOLUME, "", "", D, 6.0),
                anomaly(3, Kpi.VOLUME, "", "", D.plusDays(1), 16.7),
                anomaly(4, Kpi.VOLUME, "", "", D.plusDays(2), 8.5),
                anomaly(5, Kpi.VOLUME, "", "", D.plusDays(4), 5.0),
                anomaly(6, Kpi.VOLUME, "MY", "", D.plusDays(1), 10.6),
                anomaly(7, Kpi.VOLUME, "MY", "LUMEN", D.plusDays(2), 4.8));

        List<AnomalyEpisode> episodes = AnomalyEpisode.of(ordered);

        assertThat(episodes).extracting(AnomalyEpisode::kpi, AnomalyEpisode::market, AnomalyEpisode::vendor, AnomalyEpisode::start,
                        AnomalyEpisode::end, e -> e.peak().id(), AnomalyEpisode::length)
                .containsExactly(
                        tuple(Kpi.AHT, "MY", "LUMEN", D, D, 1L, 1L),
                        tuple(Kpi.VOLUME, "", "", D, D.plusDays(2), 3L, 3L),
                        tuple(Kpi.VOLUME, "", "", D.plusDays(4), D.plusDays(4), 5L, 1L),
                        tuple(Kpi.VOLUME, "MY", "", D.plusDays(1), D.plusDays(1), 6L, 1L),
                        tuple(Kpi.VOLUME, "MY", "LUMEN", D.plusDays(2), D.plusDays(2), 7L, 1L));
        assertThat(episodes.get(1).rootCauseLink()).contains("from=2026-11-10&to=2026-11-12&baselineFrom=2026-10-13&baselineTo=2026-11-09");
    }

    @Test
    void newestEpisodesComeFirstThenTheStrongestPeak() {
        List<AnomalyEpisode> episodes = new java.util.ArrayList<>(AnomalyEpisode.of(List.of(
                anomaly(1, Kpi.AHT, "MY", "", D, 5.4),
                anomaly(2, Kpi.CSAT, "MY", "", D.plusDays(1), -9.0),
                anomaly(3, Kpi.VOLUME, "", "", D.plusDays(1), 6.0))));
        episodes.sort(AnomalyEpisode.NEWEST_FIRST);
        assertThat(episodes).extracting(e -> e.peak().id()).containsExactly(2L, 3L, 1L);
    }

    @Test
    void anEpisodeCountsItsOpenDays() {
        Anomaly open = anomaly(1, Kpi.VOLUME, "ID", "", D, 6.0);
        Anomaly acknowledged = open.acknowledge("analyst", null, Instant.parse("2026-11-12T08:00:00Z"));
        AnomalyEpisode episode = AnomalyEpisode.of(List.of(acknowledged, anomaly(2, Kpi.VOLUME, "ID", "", D.plusDays(1), 7.0))).get(0);
        assertThat(episode.openDays()).isEqualTo(1);
        assertThat(episode.length()).isEqualTo(2);
    }

    private static Anomaly anomaly(long id, Kpi kpi, String market, String vendor, LocalDate day, double score) {
        Instant at = Instant.parse("2026-11-25T01:00:00Z");
        return new Anomaly(id, kpi, market, vendor, day, 100 + score, 100, 1, score, Direction.of(score), 100, AnomalyStatus.OPEN,
                null, null, null, at, at);
    }
}
