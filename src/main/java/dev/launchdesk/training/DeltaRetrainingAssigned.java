package dev.launchdesk.training;

import java.util.List;
import java.util.UUID;

import dev.launchdesk.sop.SopVersionId;

/**
 * An SOP version changed sections of a module: the agents certified on the version before it were given the delta
 * module of only those sections, and their certification is update due until they pass it.
 *
 * @param vendorId        the vendor of a vendor's own SOP variant, else null
 * @param changedSections the anchors of the module's sections that changed
 * @param agents          how many agents were assigned the delta module
 */
public record DeltaRetrainingAssigned(UUID deltaModuleId, UUID moduleId, String sopKey, String marketCode, UUID vendorId,
                                      SopVersionId fromVersionId, SopVersionId toVersionId, List<String> changedSections, int agents) {

    public DeltaRetrainingAssigned {
        changedSections = List.copyOf(changedSections);
    }
}
