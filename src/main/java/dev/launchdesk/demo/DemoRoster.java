package dev.launchdesk.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import dev.launchdesk.reference.AgentForm;
import dev.launchdesk.reference.AgentRoster;
import dev.launchdesk.reference.AgentStatus;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.Vendor;
import dev.launchdesk.reference.VendorNetwork;
import dev.launchdesk.shared.VendorScope;

/** Generates a plausible roster (names of each site's country, skills, statuses, hire dates) from a fixed seed. */
@Component
class DemoRoster {

    private static final List<String> SKILLS = List.of("refunds", "returns", "logistics", "account-health", "payouts", "campaigns",
            "counterfeit", "escalations");
    private static final List<String> CHANNELS = List.of("chat", "email", "voice");

    private final VendorNetwork vendors;
    private final AgentRoster agents;

    DemoRoster(VendorNetwork vendors, AgentRoster agents) {
        this.vendors = vendors;
        this.agents = agents;
    }

    void load() {
        Random random = new Random(1212);
        Map<String, Vendor> vendorByCode = new HashMap<>();
        vendors.vendors(VendorScope.all()).forEach(v -> vendorByCode.put(v.code(), v));
        Map<String, Integer> nextNumber = new HashMap<>();
        for (DemoVendors.Headcount headcount : DemoVendors.HEADCOUNT) {
            Vendor vendor = vendorByCode.get(headcount.vendor());
            Site site = vendors.sitesOf(vendor.id(), VendorScope.all()).stream()
                    .filter(s -> s.code().equals(headcount.site())).findFirst().orElseThrow();
            for (int i = 0; i < headcount.agents(); i++) {
                int number = nextNumber.merge(vendor.code(), 1, Integer::sum) + 10000;
                String name = number == 10001 && vendor.code().equals("NCS") ? "Budi Santoso" : DemoNames.of(site.marketCode(), random);
                agents.create(form(vendor, site, number, name, random), VendorScope.all());
            }
        }
    }

    java.util.UUID agentId(java.util.UUID vendorId, String externalId) {
        return agents.agentByExternalId(vendorId, externalId).orElseThrow().id();
    }

    private static AgentForm form(Vendor vendor, Site site, int number, String name, Random random) {
        String skills = SKILLS.get(random.nextInt(SKILLS.size())) + ", " + SKILLS.get(random.nextInt(SKILLS.size())) + ", "
                + CHANNELS.get(random.nextInt(CHANNELS.size()));
        List<String> languages = site.languages().size() > 1 && random.nextInt(3) == 0 ? site.languages() : site.languages().subList(0, 1);
        LocalDate hired = LocalDate.of(2021, 1, 4).plusDays(random.nextInt(365 * 5 + 300));
        return new AgentForm(vendor.code() + "-" + number, name, email(name, vendor), site.id(), String.join(", ", languages), skills,
                status(random, hired), hired, null);
    }

    private static AgentStatus status(Random random, LocalDate hired) {
        if (hired.isAfter(LocalDate.of(2026, 10, 1))) {
            return AgentStatus.ONBOARDING;
        }
        int roll = random.nextInt(100);
        return roll < 4 ? AgentStatus.ON_LEAVE : roll < 7 ? AgentStatus.OFFBOARDED : AgentStatus.ACTIVE;
    }

    private static String email(String name, Vendor vendor) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ł", "l").replace("Ł", "L");
        String local = ascii.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
        return local + "@" + vendor.code().toLowerCase() + ".example";
    }
}
