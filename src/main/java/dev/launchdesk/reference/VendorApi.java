package dev.launchdesk.reference;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Vendors and sites", description = "BPO vendors and their delivery sites; vendor leads and agents see only their own vendor")
class VendorApi {

    private final VendorNetwork network;

    VendorApi(VendorNetwork network) {
        this.network = network;
    }

    @GetMapping("/vendors")
    @Operation(summary = "Vendors in the caller's scope")
    List<Vendor> vendors(VendorScope scope) {
        return network.vendors(scope);
    }

    @GetMapping("/vendors/{id}")
    @Operation(summary = "One vendor (404 outside the caller's scope)")
    Vendor vendor(@PathVariable UUID id, VendorScope scope) {
        return network.vendor(id, scope);
    }

    @PostMapping("/vendors")
    @Operation(summary = "Create a vendor (admin)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Vendor> create(@RequestBody VendorForm form) {
        Vendor vendor = network.createVendor(form);
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + vendor.id())).body(vendor);
    }

    @PutMapping("/vendors/{id}")
    @Operation(summary = "Change a vendor (admin); a stale version answers 409")
    Vendor update(@PathVariable UUID id, @RequestBody VendorForm form) {
        return network.updateVendor(id, form);
    }

    @GetMapping("/vendors/{id}/sites")
    @Operation(summary = "Sites of a vendor")
    List<Site> sitesOf(@PathVariable UUID id, VendorScope scope) {
        return network.sitesOf(id, scope);
    }

    @PostMapping("/vendors/{id}/sites")
    @Operation(summary = "Add a site to a vendor (admin)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Site> createSite(@PathVariable UUID id, @RequestBody SiteForm form) {
        Site site = network.createSite(id, form);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(site);
    }

    @GetMapping("/sites")
    @Operation(summary = "All sites in the caller's scope")
    List<Site> sites(VendorScope scope) {
        return network.sites(scope);
    }

    @GetMapping("/sites/{id}")
    @Operation(summary = "One site (404 outside the caller's scope)")
    Site site(@PathVariable UUID id, VendorScope scope) {
        return network.site(id, scope);
    }

    @PutMapping("/sites/{id}")
    @Operation(summary = "Change a site (admin); a stale version answers 409")
    Site updateSite(@PathVariable UUID id, @RequestBody SiteForm form) {
        return network.updateSite(id, form);
    }
}
