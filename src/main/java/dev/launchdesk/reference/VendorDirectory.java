package dev.launchdesk.reference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.launchdesk.shared.VendorScope;

/** Query interface for other modules: the BPO vendors and their sites, read-only, in a reader's vendor scope. */
public interface VendorDirectory {

    record VendorName(UUID id, String code, String name) {
    }

    List<VendorName> vendorNames();

    Optional<VendorName> vendorName(UUID id);

    /** The vendors the scope may see (a vendor lead: their own), by name. */
    List<Vendor> vendors(VendorScope scope);

    /** The sites of every vendor the scope may see. */
    List<Site> sites(VendorScope scope);
}
