package dev.launchdesk.insight.anomaly;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The anomaly settings, and scheduling for the periodic scan (tests turn the schedule off with "-"). */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AnomalySettings.class)
class AnomalyConfiguration {
}
