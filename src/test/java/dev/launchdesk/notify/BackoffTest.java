package dev.launchdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import dev.launchdesk.notify.outbox.Backoff;

/** Exponential back-off with equal jitter: the n-th wait lies in [d/2, d] with d = min(max, base × 2^(n-1)); bounded attempts. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), 8);

    @Test
    void theCeilingDoublesUpToTheMaximum() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(30 * 64));
        assertThat(backoff.ceiling(11)).isEqualTo(Duration.ofHours(6)).as("30 s × 1024 is over 6 h");
        assertThat(backoff.ceiling(200)).isEqualTo(Duration.ofHours(6)).as("no overflow");
    }

    @Test
    void eachWaitLiesBetweenHalfTheCeilingAndTheCeiling() {
        Random random = new Random(42);
        for (int attempts = 1; attempts < 8; attempts++) {
            long ceiling = backoff.ceiling(attempts).toMillis();
            for (int i = 0; i < 200; i++) {
                long wait = backoff.next(attempts, random).orElseThrow().toMillis();
                assertThat(wait).as("after attempt %d", attempts).isBetween(ceiling - ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void theJitterSpreadsTheWaits() {
        Random random = new Random(7);
        long first = backoff.next(5, random).orElseThrow().toMillis();
        boolean differs = false;
        for (int i = 0; i < 20 && !differs; i++) {
            differs = backoff.next(5, random).orElseThrow().toMillis() != first;
        }
        assertThat(differs).isTrue();
    }

    @Test
    void theExtremesOfTheRandomNumberGiveTheBoundsExactly() {
        RandomGenerator lowest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return 0;
            }
        };
        RandomGenerator highest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
        assertThat(backoff.next(3, lowest)).hasValue(Duration.ofSeconds(60));
        assertThat(backoff.next(3, highest)).hasValue(Duration.ofSeconds(120));
    }

    @Test
    void afterTheLastAttemptThereIsNoNext() {
        assertThat(backoff.next(7, new Random(1))).isPresent();
        assertThat(backoff.next(8, new Random(1))).isEmpty();
        assertThat(backoff.next(9, new Random(1))).isEmpty();
    }
}
