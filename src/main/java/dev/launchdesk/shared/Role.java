package dev.launchdesk.shared;

/** The roles of LaunchDesk users (see DESIGN.md, "Who uses it"). */
public enum Role {
    ADMIN("Admin"),
    GTM_MANAGER("GTM program manager"),
    SOP_EDITOR("SOP editor"),
    TRAINER("Trainer"),
    VENDOR_LEAD("Vendor lead"),
    AGENT("Agent"),
    ANALYST("Analyst"),
    VIEWER("Viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Vendor leads and agents only ever see their own vendor's rows. */
    public boolean isVendorScoped() {
        return this == VENDOR_LEAD || this == AGENT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
