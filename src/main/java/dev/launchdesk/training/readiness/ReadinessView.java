package dev.launchdesk.training.readiness;

import java.time.LocalDate;
import java.util.List;

/**
 * Training readiness of a market on a day (today in the market's timezone): the active agents serving it who are
 * required to be trained (assigned or certified in a module of the market, of one SOP when asked), how many are
 * certified on the SOP version in force in every such module, how many have a delta retraining outstanding or an
 * expired certification, the readiness index (certified ÷ required, null when nobody is required), why the others are
 * not certified (one reason each, so the reasons add up to required − certified) and the breakdown by vendor, site,
 * language and module. The first eight fields are the contract of {@code GET /api/v1/training/readiness}.
 */
public record ReadinessView(String market, String sopKey, String vendor, int requiredAgents, int certifiedAgents, int updateDueAgents,
                            int expiredAgents, Double readinessIndex, List<VendorRow> byVendor, List<GroupRow> bySite,
                            List<GroupRow> byLanguage, List<ModuleRow> byModule, LocalDate asOf, String timezone, int assignedAgents,
                            int inProgressAgents, NotCertified notCertifiedBecause) {

    public record VendorRow(String vendor, int requiredAgents, int certifiedAgents, int updateDueAgents, int expiredAgents,
                            int assignedAgents, int inProgressAgents, Double readinessIndex) {
    }

    public record GroupRow(String key, int requiredAgents, int certifiedAgents, int updateDueAgents, int expiredAgents, int assignedAgents,
                           int inProgressAgents, Double readinessIndex) {
    }

    /** One module: its agents by status (certified counts those expiring too; expiring is also shown on its own). */
    public record ModuleRow(String moduleId, String title, String sopKey, int requiredAgents, int assignedAgents, int inProgressAgents,
                            int certifiedAgents, int updateDueAgents, int expiredAgents, int expiringAgents) {
    }

    /** The required agents not certified on the current version, each counted once under the first reason that applies. */
    public record NotCertified(int expired, int updateDue, int inProgress, int notStarted) {
    }
}
