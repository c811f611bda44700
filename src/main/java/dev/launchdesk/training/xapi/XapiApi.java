package dev.launchdesk.training.xapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** xAPI statements of finished training for a customer's learning record store. */
@RestController
@Tag(name = "Training xAPI", description = "xAPI 1.0.3 statements of finished training, for learning record stores")
class XapiApi {

    static final String PATH = "/api/v1/training/xapi/statements";

    private final XapiFeed feed;

    XapiApi(XapiFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "xAPI statements (passed, failed, completed) of training finished since a moment, oldest first, as an xAPI "
            + "StatementResult: 'more' is the next page's URL (a statement can repeat across pages; a learning record store keeps "
            + "a statement id once)")
    ObjectNode statements(
            @Parameter(description = "an instant (2026-11-09T00:00:00Z), an offset date-time or a date (midnight UTC); default: the beginning")
            @RequestParam(required = false) String since,
            @Parameter(description = "the most statements to answer (1 .. launchdesk.training.xapi.page-size)")
            @RequestParam(required = false) Integer limit, VendorScope scope, HttpServletResponse response) {
        Instant from = since(since);
        int size = limit == null ? feed.pageSize() : limit;
        if (size < 1 || size > feed.pageSize()) {
            throw InvalidInputException.of("limit", UserTexts.of("problem.training.xapi.limit", String.valueOf(feed.pageSize())));
        }
        XapiFeed.Page page = feed.since(from, size, scope);
        String more = page.nextSince() == null ? "" : UriComponentsBuilder.fromPath(PATH).queryParam("since", page.nextSince())
                .queryParam("limit", size).encode().build().toUriString();
        response.setHeader("X-Experience-API-Version", "1.0.3");
        return feed.statements().page(page.completions(), more);
    }

    private static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return Instant.EPOCH;
        }
        String value = text.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("since", UserTexts.of("problem.training.xapi.since", Echoed.quoted(value)));
        }
    }
}
