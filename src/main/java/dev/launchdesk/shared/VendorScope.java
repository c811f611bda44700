package dev.launchdesk.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Which vendor's rows a request may see. Repositories take it and put it into their WHERE clause,
 * so a vendor-scoped user can never read another vendor's rows, whatever the page or API asks for.
 */
public final class VendorScope {

    private static final VendorScope ALL = new VendorScope(null);

    private final UUID vendorId;

    private VendorScope(UUID vendorId) {
        this.vendorId = vendorId;
    }

    public static VendorScope all() {
        return ALL;
    }

    public static VendorScope of(UUID vendorId) {
        return new VendorScope(Objects.requireNonNull(vendorId, "vendorId"));
    }

    public boolean isRestricted() {
        return vendorId != null;
    }

    /** The vendor to filter on, or {@code null} for an unrestricted scope (for SQL "(:v is null or vendor_id = :v)"). */
    public UUID vendorIdOrNull() {
        return vendorId;
    }

    public boolean permits(UUID vendor) {
        return vendorId == null || vendorId.equals(vendor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VendorScope other && Objects.equals(vendorId, other.vendorId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(vendorId);
    }

    @Override
    public String toString() {
        return vendorId == null ? "VendorScope[all]" : "VendorScope[" + vendorId + "]";
    }
}
