package dev.launchdesk.insight.anomaly;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The anomaly settings, scheduling for the periodic scan (tests turn the schedule off with "-"), and asynchronous
 * execution for the scan after an import (an application module listener).
 */
@Configuration
@EnableScheduling
@EnableAsync
@EnableConfigurationProperties(AnomalySettings.class)
class AnomalyConfiguration {
}
