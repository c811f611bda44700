package dev.launchdesk.web;

import dev.launchdesk.shared.Role;

/** The demo user of each role (see DemoData); all have the password "demo", the vendor lead and the agent work for NCS. */
final class DemoLogins {

    private DemoLogins() {
    }

    static String username(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case GTM_MANAGER -> "gtm";
            case SOP_EDITOR -> "sopeditor";
            case TRAINER -> "trainer";
            case VENDOR_LEAD -> "vendorlead";
            case AGENT -> "agent";
            case ANALYST -> "analyst";
            case VIEWER -> "viewer";
        };
    }
}
