package dev.launchdesk.sop.library;

import java.util.List;

/** The categories seller-support SOPs are filed under (suggestions; other names are allowed). */
public final class SopCategories {

    public static final List<String> ALL = List.of("Returns & refunds", "Account health", "Logistics", "Trust & safety", "Campaigns",
            "Payouts", "Listings", "Seller onboarding", "Orders");

    private SopCategories() {
    }
}
