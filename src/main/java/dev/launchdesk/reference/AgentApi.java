package dev.launchdesk.reference;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.launchdesk.shared.Uploads;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/agents")
@Tag(name = "Agents", description = "The BPO agent roster; vendor leads see and change only their own vendor's agents")
class AgentApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgentRoster roster;
    private final RosterImport rosterImport;

    AgentApi(AgentRoster roster, RosterImport rosterImport) {
        this.roster = roster;
        this.rosterImport = rosterImport;
    }

    @GetMapping
    @Operation(summary = "Agents in the caller's scope, filtered and paged (page counts from 0)")
    PageOf<AgentListing> agents(@RequestParam(required = false) UUID vendorId, @RequestParam(required = false) UUID siteId,
                                @RequestParam(required = false) String market, @RequestParam(required = false) AgentStatus status,
                                @RequestParam(required = false) String language, @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size, VendorScope scope) {
        AgentFilter filter = new AgentFilter(vendorId, siteId, market, status, language, q);
        return roster.find(filter, scope, Math.max(page, 0), PageOf.clampSize(size, 50));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agent (404 outside the caller's scope)")
    AgentListing agent(@PathVariable UUID id, VendorScope scope) {
        return roster.listing(id, scope);
    }

    @PostMapping
    @Operation(summary = "Add an agent (admin, vendor lead for their own vendor's sites)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgentListing> create(@RequestBody AgentForm form, VendorScope scope) {
        Agent agent = roster.create(form, scope);
        return ResponseEntity.created(URI.create("/api/v1/agents/" + agent.id())).body(roster.listing(agent.id(), scope));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an agent; a stale version answers 409")
    AgentListing update(@PathVariable UUID id, @RequestBody AgentForm form, VendorScope scope) {
        roster.update(id, form, scope);
        return roster.listing(id, scope);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a roster file (multipart field 'file', CSV or XLSX); all or nothing, idempotent on external id")
    RosterImportResult importUpload(@RequestPart("file") MultipartFile file, VendorScope scope) throws IOException {
        return rosterImport.importFile(file.getOriginalFilename(), Uploads.bytes(file, "file"), scope);
    }

    @PostMapping(path = "/imports", consumes = {"text/csv", XLSX})
    @Operation(summary = "Import a roster file sent as the request body (Content-Type text/csv or the XLSX type)")
    RosterImportResult importBody(@RequestBody byte[] content,
                                  @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                  VendorScope scope) {
        String name = contentType.startsWith(XLSX) ? "roster.xlsx" : "roster.csv";
        return rosterImport.importFile(name, content, scope);
    }

    @GetMapping(path = "/imports/template", produces = "text/csv")
    @Operation(summary = "A CSV template with the roster columns and one example row")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roster-template.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(RosterImport.template());
    }
}
