package dev.launchdesk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formatting for templates: {@code ${@fmt.utc(instant)}}, {@code ${@fmt.local(instant, market.timezone())}}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String utc(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(ZoneOffset.UTC));
    }

    public String local(Instant instant, String timezone) {
        return instant == null ? "" : MINUTES.format(instant.atZone(ZoneId.of(timezone)));
    }
}
