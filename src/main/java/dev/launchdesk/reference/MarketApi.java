package dev.launchdesk.reference;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/markets")
@Tag(name = "Markets", description = "Markets and their policy parameters with effective dates")
class MarketApi {

    private final MarketCatalog catalog;
    private final Clock clock;

    MarketApi(MarketCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "All markets")
    List<Market> markets() {
        return catalog.markets();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One market by its ISO 3166-1 alpha-2 code")
    Market market(@PathVariable String code) {
        return catalog.market(code);
    }

    @PostMapping
    @Operation(summary = "Create a market (admin)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Market> create(@RequestBody MarketForm form) {
        Market market = catalog.create(form);
        return ResponseEntity.created(URI.create("/api/v1/markets/" + market.code())).body(market);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a market (admin); send the version you read, a stale version answers 409")
    Market update(@PathVariable String code, @RequestBody MarketForm form) {
        return catalog.update(code, form);
    }

    @GetMapping("/{code}/policy-parameters")
    @Operation(summary = "Policy values in force on a date (default: today in the market), or the whole history with history=true")
    List<PolicyParameter> parameters(@PathVariable String code,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                     @RequestParam(defaultValue = "false") boolean history) {
        if (history) {
            return catalog.history(code);
        }
        return catalog.inForce(code, on != null ? on : catalog.market(code).today(clock));
    }

    @PostMapping("/{code}/policy-parameters")
    @Operation(summary = "Record a new policy value from an effective date (admin, SOP editor); values are never overwritten")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PolicyParameter> record(@PathVariable String code, @RequestBody PolicyParameterForm form) {
        PolicyParameter value = catalog.recordParameter(code, form);
        return ResponseEntity.created(URI.create("/api/v1/markets/" + value.marketCode() + "/policy-parameters?history=true")).body(value);
    }
}
