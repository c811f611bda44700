package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.RefresherTraining;

/**
 * A refresher from a root cause: the slice a root cause points at (market, vendor, site, issue category) and the SOP
 * behind it — the slice's own SOP version when the analysis split by SOP, otherwise the SOP the tickets of the
 * category in the slice were handled under most often in the period — handed to training's {@link RefresherTraining},
 * which assigns that SOP's module(s) to the agents there. Insight never reads training's tables, nor training insight's.
 */
@Service
class RootCauseRefreshers {

    /**
     * A root cause's slice: the market, and any of vendor, site, issue category and SOP version ("SPS-RFD-001 v2" as the
     * analysis names it, or a bare key); {@code from} and {@code to} bound the tickets read for the category's SOP.
     */
    record Slice(String market, String vendor, String site, String category, String sop, LocalDate from, LocalDate to) {
    }

    /**
     * @param sopKey  the SOP the refresher is of
     * @param tiedBy  how the SOP was found: {@code sop} (the slice names it) or {@code tickets} (the category's tickets)
     * @param tickets the category's tickets in the slice handled under that SOP ({@code 0} when the slice named it)
     */
    record Answer(String sopKey, String tiedBy, long tickets, RefresherTraining.Refresher refresher) {
    }

    private final RefresherTraining training;
    private final VendorDirectory vendors;
    private final JdbcClient jdbc;

    RootCauseRefreshers(RefresherTraining training, VendorDirectory vendors, JdbcClient jdbc) {
        this.training = training;
        this.vendors = vendors;
        this.jdbc = jdbc;
    }

    Answer assign(Slice slice, Actor actor) {
        if (slice.market() == null || slice.market().isBlank()) {
            throw InvalidInputException.of("market", UserTexts.of("problem.insight.refresher.market-required"));
        }
        if (slice.vendor() != null && vendors.vendorNames().stream()
                .anyMatch(v -> v.code().equalsIgnoreCase(slice.vendor().trim()) && !actor.vendorScope().permits(v.id()))) {
            throw new AccessDeniedException(UserTexts.of("problem.insight.refresher.other-vendor", slice.vendor().trim()));
        }
        String sopKey;
        String tiedBy;
        long tickets = 0;
        if (slice.sop() != null && !slice.sop().isBlank()) {
            sopKey = keyOf(slice.sop());
            tiedBy = "sop";
        } else if (slice.category() != null && !slice.category().isBlank()) {
            SopOfCategory tied = sopOf(slice, actor.vendorScope())
                    .orElseThrow(() -> new ConflictException(UserTexts.of("problem.insight.refresher.no-sop", slice.category().trim(),
                            slice.market().trim())));
            sopKey = tied.sopKey();
            tiedBy = "tickets";
            tickets = tied.tickets();
        } else {
            throw InvalidInputException.of("category", UserTexts.of("problem.insight.refresher.category-or-sop"));
        }
        String reason = "root cause " + String.join(" · ", List.of(slice.market(), orAll(slice.vendor()), orAll(slice.site()),
                orAll(slice.category()))) + (slice.from() == null ? "" : ", tickets " + slice.from() + ".." + slice.to());
        RefresherTraining.Refresher refresher = training.assign(new RefresherTraining.Request(sopKey, slice.market(), slice.vendor(),
                slice.site(), reason), actor);
        return new Answer(sopKey, tiedBy, tickets, refresher);
    }

    private record SopOfCategory(String sopKey, long tickets) {
    }

    /** The SOP most of the category's tickets in the slice (the caller's vendors only) were handled under, in the period. */
    private Optional<SopOfCategory> sopOf(Slice slice, VendorScope scope) {
        List<String> vendorCodes = vendors.vendorNames().stream().filter(v -> scope.permits(v.id())).map(VendorDirectory.VendorName::code)
                .toList();
        if (vendorCodes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select sop_key, sum(tickets) as tickets from ticket_day
                 where market_code = upper(:market) and category = :category and sop_key <> '' and vendor_code in (:vendors)
                   and (cast(:vendor as varchar) is null or upper(vendor_code) = upper(:vendor))
                   and (cast(:site as varchar) is null or upper(site_code) = upper(:site))
                   and (cast(:from as date) is null or created_day >= :from) and (cast(:to as date) is null or created_day <= :to)
                 group by sop_key order by sum(tickets) desc, sop_key
                """).param("market", slice.market().trim()).param("category", slice.category().trim()).param("vendors", vendorCodes)
                .param("vendor", blankToNull(slice.vendor())).param("site", blankToNull(slice.site()))
                .param("from", slice.from()).param("to", slice.to())
                .query((rs, n) -> new SopOfCategory(rs.getString("sop_key"), rs.getLong("tickets"))).stream().findFirst();
    }

    /** "SPS-RFD-001 v2" (the analysis' SOP version) or "SPS-RFD-001": the key. */
    static String keyOf(String sop) {
        String trimmed = sop.trim();
        int version = trimmed.lastIndexOf(" v");
        return version > 0 && trimmed.substring(version + 2).matches("[0-9]+") ? trimmed.substring(0, version) : trimmed;
    }

    private static String orAll(String value) {
        return value == null || value.isBlank() ? "*" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
