package dev.launchdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * One {@code launchdesk.base-url} for the links of every module, bound from application.yml as the app does; the former
 * {@code launchdesk.notify.base-url} and {@code launchdesk.insight.anomaly.base-url} still set it.
 */
class BaseUrlTest {

    @Test
    void defaultsToLocalhost() throws IOException {
        assertThat(bound(Map.of()).baseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void theOneSettingWins() throws IOException {
        assertThat(bound(Map.of("launchdesk.base-url", "https://launchdesk.example.com/",
                "launchdesk.notify.base-url", "https://old.example.com")).absolute("/insights")).isEqualTo("https://launchdesk.example.com/insights");
    }

    @Test
    void theFormerSettingsStillWork() throws IOException {
        assertThat(bound(Map.of("launchdesk.notify.base-url", "https://notify.example.com")).baseUrl()).isEqualTo("https://notify.example.com");
        assertThat(bound(Map.of("launchdesk.insight.anomaly.base-url", "https://anomaly.example.com")).absolute(null))
                .isEqualTo("https://anomaly.example.com/");
    }

    private static BaseUrl bound(Map<String, Object> set) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("set", set));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return Binder.get(environment).bindOrCreate("launchdesk", BaseUrl.class);
    }
}
