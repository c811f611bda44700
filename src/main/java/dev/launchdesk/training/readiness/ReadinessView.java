package dev.launchdesk.training.readiness;

import java.util.List;

/**
 * Training readiness of a market: the active agents serving it who are required to be trained (assigned or certified
 * in a module of the market, of one SOP when asked), how many are certified on the SOP version in force in every such
 * module, how many have a delta retraining outstanding or an expired certification, the readiness index (certified ÷
 * required, null when nobody is required) and the breakdown by vendor, site, language and module that explains it.
 */
public record ReadinessView(String market, String sopKey, String vendor, int requiredAgents, int certifiedAgents, int updateDueAgents,
                            int expiredAgents, Double readinessIndex, List<VendorRow> byVendor, List<GroupRow> bySite,
                            List<GroupRow> byLanguage, List<ModuleRow> byModule) {

    public record VendorRow(String vendor, int requiredAgents, int certifiedAgents, int updateDueAgents, int expiredAgents) {
    }

    public record GroupRow(String key, int requiredAgents, int certifiedAgents, int updateDueAgents, int expiredAgents) {
    }

    /** One module: its agents by status. */
    public record ModuleRow(String moduleId, String title, String sopKey, int requiredAgents, int assignedAgents, int inProgressAgents,
                            int certifiedAgents, int updateDueAgents, int expiredAgents) {
    }
}
