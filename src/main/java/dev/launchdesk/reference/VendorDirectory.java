package dev.launchdesk.reference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Query interface for other modules: the BPO vendors by id and name. */
public interface VendorDirectory {

    record VendorName(UUID id, String code, String name) {
    }

    List<VendorName> vendorNames();

    Optional<VendorName> vendorName(UUID id);
}
