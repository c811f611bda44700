package dev.launchdesk.insight.kpi;

import static dev.launchdesk.insight.kpi.TicketDimension.CATEGORY;
import static dev.launchdesk.insight.kpi.TicketDimension.CHANNEL;
import static dev.launchdesk.insight.kpi.TicketDimension.LAUNCH;
import static dev.launchdesk.insight.kpi.TicketDimension.MARKET;
import static dev.launchdesk.insight.kpi.TicketDimension.SITE;
import static dev.launchdesk.insight.kpi.TicketDimension.SOP_VERSION;
import static dev.launchdesk.insight.kpi.TicketDimension.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A query reads the smallest roll-up that holds every dimension it groups or filters by. */
class TicketRollupsTableTest {

    @Test
    void marketAndVendorOnlyReadTheVendorDays() {
        assertThat(TicketRollups.table(Set.of())).isEqualTo("ticket_vendor_day");
        assertThat(TicketRollups.table(Set.of(MARKET))).isEqualTo("ticket_vendor_day");
        assertThat(TicketRollups.table(Set.of(MARKET, VENDOR))).isEqualTo("ticket_vendor_day");
    }

    @Test
    void aCategoryReadsTheCategoryDays() {
        assertThat(TicketRollups.table(Set.of(CATEGORY))).isEqualTo("ticket_category_day");
        assertThat(TicketRollups.table(Set.of(MARKET, CATEGORY))).isEqualTo("ticket_category_day");
        assertThat(TicketRollups.table(Set.of(MARKET, VENDOR, CATEGORY))).isEqualTo("ticket_category_day");
    }

    @Test
    void anyOtherDimensionReadsTheFullRollup() {
        for (TicketDimension other : Set.of(SITE, CHANNEL, LAUNCH, SOP_VERSION)) {
            assertThat(TicketRollups.table(Set.of(other))).isEqualTo("ticket_day");
            assertThat(TicketRollups.table(Set.of(MARKET, CATEGORY, other))).isEqualTo("ticket_day");
        }
    }
}
