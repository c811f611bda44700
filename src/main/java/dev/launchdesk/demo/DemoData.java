package dev.launchdesk.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.insight.anomaly.AnomalyFollowing;
import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.MarketForm;
import dev.launchdesk.reference.PolicyParameterForm;
import dev.launchdesk.reference.Region;
import dev.launchdesk.reference.Vendor;
import dev.launchdesk.reference.VendorForm;
import dev.launchdesk.reference.VendorNetwork;
import dev.launchdesk.shared.Role;

/**
 * Loads the demo data set into an empty database on start (launchdesk.demo-data.enabled=true). The 90 days of demo
 * tickets go in after the start, on a thread of their own, when {@code launchdesk.demo-data.tickets-in-background} is
 * true (the default): the application answers (health UP, sign-in) while the importer still works through them.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "launchdesk.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    private final MarketCatalog markets;
    private final VendorNetwork vendors;
    private final DemoRoster roster;
    private final UserAdministration users;
    private final DemoSops sops;
    private final DemoTraining training;
    private final DemoTickets tickets;
    private final TransactionTemplate transaction;
    private final AnomalyFollowing following;
    private final boolean ticketsInBackground;

    DemoData(MarketCatalog markets, VendorNetwork vendors, DemoRoster roster, UserAdministration users, DemoSops sops,
             DemoTraining training, DemoTickets tickets, TransactionTemplate transaction, AnomalyFollowing following,
             @Value("${launchdesk.demo-data.tickets-in-background:true}") boolean ticketsInBackground) {
        this.ticketsInBackground = ticketsInBackground;
        this.following = following;
        this.sops = sops;
        this.training = training;
        this.tickets = tickets;
        this.markets = markets;
        this.vendors = vendors;
        this.roster = roster;
        this.users = users;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasUsers() || !markets.markets().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: sign in as admin / demo (see README for all demo logins)");
        if (!ticketsInBackground) {
            loadTickets();
            return;
        }
        Thread loader = new Thread(this::loadTickets, "demo-tickets");
        loader.setDaemon(true);
        loader.start();
    }

    private void loadTickets() {
        long start = System.nanoTime();
        try {
            tickets.load();
            log.info("Demo tickets loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("The demo tickets could not be loaded", e);
        }
    }

    private void load() {
        DemoMarkets.ALL.forEach(m -> markets.create(new MarketForm(m.code(), m.name(), m.region(), m.timezone(), m.currency(),
                m.languages(), null)));
        DemoMarkets.PARAMETERS.forEach(p -> markets.recordParameter(p.market(),
                new PolicyParameterForm(p.key(), p.value(), p.from(), p.note())));
        Map<String, Vendor> byCode = new java.util.HashMap<>();
        for (DemoVendors.VendorSeed v : DemoVendors.ALL) {
            Vendor vendor = vendors.createVendor(new VendorForm(v.code(), v.name(), v.email(), true, null));
            byCode.put(v.code(), vendor);
            v.sites().forEach(s -> vendors.createSite(vendor.id(), s));
        }
        roster.load();
        UUID ncs = byCode.get("NCS").id();
        users.seed("admin", "Aisha Rahman", "aisha.rahman@launchdesk.example", Role.ADMIN, null, null, PASSWORD);
        users.seed("gtm", "Daniel Tan", "daniel.tan@launchdesk.example", Role.GTM_MANAGER, null, null, PASSWORD);
        users.seed("sopeditor", "Putri Wulandari", "putri.wulandari@launchdesk.example", Role.SOP_EDITOR, null, null, PASSWORD);
        users.seed("trainer", "Marco Reyes", "marco.reyes@launchdesk.example", Role.TRAINER, null, null, PASSWORD);
        users.seed("vendorlead", "Rina Hartono", "rina.hartono@ncs.example", Role.VENDOR_LEAD, ncs, null, PASSWORD);
        users.seed("agent", "Budi Santoso", "budi.santoso@ncs.example", Role.AGENT, ncs, roster.agentId(ncs, "NCS-10001"), PASSWORD);
        users.seed("analyst", "Priya Nair", "priya.nair@launchdesk.example", Role.ANALYST, null, null, PASSWORD);
        users.seed("viewer", "Tom Whitfield", "tom.whitfield@launchdesk.example", Role.VIEWER, null, null, PASSWORD);
        sops.load();
        training.load();
        followAnomalies();
    }

    /**
     * The analyst follows every anomaly and the GTM manager Malaysia's, so the anomalies the demo tickets bring reach
     * them as notifications (the bell, and e-mails in the mail outbox folder or through SMTP).
     */
    private void followAnomalies() {
        for (String[] follower : new String[][] {{"analyst", ""}, {"gtm", "MY"}}) {
            var user = users.users().stream().filter(u -> u.username().equals(follower[0])).findFirst().orElseThrow();
            following.subscribe(new DemoActor(user.id(), user.username(), user.displayName(), user.role()), follower[1], null);
        }
    }

    record MarketSeed(String code, String name, Region region, String timezone, String currency, String languages) {
    }

    record ParameterSeed(String market, String key, String value, LocalDate from, String note) {
    }
}
