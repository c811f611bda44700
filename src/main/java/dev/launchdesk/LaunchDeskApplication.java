package dev.launchdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LaunchDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(LaunchDeskApplication.class, args);
    }
}
