package dev.launchdesk.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling ({@code launchdesk.security.sign-in.*}).
 *
 * @param failuresPerUser   failed sign-ins of one username before it is locked (default 5)
 * @param failuresPerClient failed sign-ins and unknown API tokens from one client address before it is locked (default 20)
 * @param firstLock         how long the first lock lasts; each further failure doubles it (default 1 minute)
 * @param maxLock           the longest lock (default 15 minutes)
 * @param forgetAfter       failures are forgotten after this long without another one (default 15 minutes)
 */
@ConfigurationProperties("launchdesk.security.sign-in")
record SignInSettings(Integer failuresPerUser, Integer failuresPerClient, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    SignInSettings {
        failuresPerUser = failuresPerUser == null ? 5 : failuresPerUser;
        failuresPerClient = failuresPerClient == null ? 20 : failuresPerClient;
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofMinutes(15) : maxLock;
        forgetAfter = forgetAfter == null ? Duration.ofMinutes(15) : forgetAfter;
        if (failuresPerUser < 1 || failuresPerClient < 1 || firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("launchdesk.security.sign-in: failures must be at least 1 and max-lock at least first-lock");
        }
    }
}
