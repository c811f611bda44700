package dev.launchdesk.reference;

import dev.launchdesk.shared.InputCheck;

public record VendorForm(String code, String name, String contactEmail, Boolean active, Integer version) {

    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public static VendorForm blank() {
        return new VendorForm("", "", "", true, null);
    }

    public static VendorForm of(Vendor v) {
        return new VendorForm(v.code(), v.name(), v.contactEmail(), v.active(), v.version());
    }

    void check() {
        checks().throwIfInvalid();
    }

    /** The rules of {@link #check()} plus the version an update must carry. */
    void checkUpdate() {
        checks().requireVersion(version).throwIfInvalid();
    }

    private InputCheck checks() {
        return new InputCheck()
                .require(code != null && code.trim().matches("[A-Za-z0-9][A-Za-z0-9_-]{1,19}"), "code",
                        "must be 2 to 20 letters, digits, '-' or '_' (e.g. NCS)")
                .require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required (at most 100 characters)")
                .require(contactEmail == null || contactEmail.isBlank() || contactEmail.trim().matches(EMAIL), "contactEmail",
                        "must be an e-mail address");
    }
}
