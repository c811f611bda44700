package dev.launchdesk.events;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Added to the application only by {@link ReactionAfterKillTest} (through {@code spring.main.sources}, with the task
 * pool cut to one thread): once started, it takes the only thread that module reactions run on and never gives it
 * back, so every reaction stays queued after its event's transaction has committed — the moment a real crash may hit.
 * Deliberately not a {@code @Configuration}: component scanning would then add it to every test's application (holding
 * one reaction thread there and stalling each test JVM's shutdown for 30 s); a class named in {@code spring.main.sources}
 * has its {@code @Bean} methods read all the same.
 */
public class HeldReactions {

    static final String HELD = "Module reactions held by the test";

    private static final Logger log = LoggerFactory.getLogger(HeldReactions.class);

    @Bean
    ApplicationListener<ApplicationStartedEvent> holdTheReactionThread(@Qualifier("applicationTaskExecutor") Executor reactions) {
        return started -> reactions.execute(() -> {
            log.warn(HELD);
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
