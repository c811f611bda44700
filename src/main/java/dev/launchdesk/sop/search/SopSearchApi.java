package dev.launchdesk.sop.search;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "SOP search", description = "Full-text search over published SOPs per market and language")
class SopSearchApi {

    private final SopSearch search;
    private final SopSearchFollower follower;

    SopSearchApi(SopSearch search, SopSearchFollower follower) {
        this.search = search;
        this.follower = follower;
    }

    @GetMapping("/api/v1/sop-search")
    @Operation(summary = "Search published SOPs; snippets are HTML-escaped with <mark> around matches. Filters are optional.")
    SopSearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String market,
                            @RequestParam(required = false) String language, @RequestParam(required = false) String category,
                            @RequestParam(required = false) String status, @RequestParam(defaultValue = "10") int limit, Actor actor) {
        return search.search(new SopQuery(q, market, language, category, status, limit), actor);
    }

    @PostMapping("/api/v1/sop-search/rebuild")
    @Operation(summary = "Rebuild the search index from the database (admin)")
    Map<String, Integer> rebuild() {
        return Map.of("entries", follower.rebuild());
    }
}
