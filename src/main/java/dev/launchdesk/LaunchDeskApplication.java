package dev.launchdesk;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LaunchDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(LaunchDeskApplication.class, args);
    }

    /** Every service takes this clock, so tests can pin the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
