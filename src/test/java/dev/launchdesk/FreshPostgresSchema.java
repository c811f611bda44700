package dev.launchdesk;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** On PostgreSQL, tests start from an empty schema: cleaned once per test JVM, then migrated. */
@Configuration
@Profile("postgres")
class FreshPostgresSchema {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
