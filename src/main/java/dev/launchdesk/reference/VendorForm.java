package dev.launchdesk.reference;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.UserTexts;

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
                        UserTexts.of("problem.reference.vendor.code-form"))
                .require(name != null && !name.isBlank() && name.length() <= 100, "name",
                        UserTexts.of("problem.shared.field.required-at-most", "100"))
                .require(contactEmail == null || contactEmail.isBlank() || contactEmail.trim().matches(EMAIL), "contactEmail",
                        UserTexts.of("problem.shared.field.email"));
    }
}
