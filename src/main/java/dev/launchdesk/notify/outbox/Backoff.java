package dev.launchdesk.notify.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential back-off with "equal jitter" — the n-th failure waits
 * d = min(max, base × 2^(n-1)), of which a random half is taken off (between d/2 and d), so the deliveries that failed
 * together (a receiver that was down) do not all come back at the same moment. After {@code maxAttempts} attempts
 * there is no next one.
 */
public record Backoff(Duration base, Duration max, int maxAttempts) {

    /** The ceiling d of the wait after the given number of attempts (1 = after the first). */
    public Duration ceiling(int attempts) {
        if (attempts < 1) {
            return Duration.ZERO;
        }
        long baseMillis = base.toMillis();
        long maxMillis = max.toMillis();
        int doublings = Math.min(attempts - 1, 62);
        long millis = doublings >= Long.numberOfLeadingZeros(Math.max(baseMillis, 1)) - 1 ? maxMillis
                : Math.min(maxMillis, baseMillis << doublings);
        return Duration.ofMillis(millis);
    }

    /** The wait before the next attempt, or empty when the attempts are used up. */
    public Optional<Duration> next(int attempts, RandomGenerator random) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        long ceiling = ceiling(attempts).toMillis();
        long half = ceiling / 2;
        return Optional.of(Duration.ofMillis(ceiling - half + random.nextLong(half + 1)));
    }
}
