package dev.launchdesk.sop.library;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How each variant's translations stand against its version in force, for the SOP × market matrix. The translation
 * desk answers it; the library asks through this interface so that it does not depend on the translation capability.
 */
public interface TranslationProgress {

    /** For each variant with a version in force, the status of its translation into each of its market's other languages. */
    Map<UUID, List<TranslationStatus>> statusesOf(List<SopDocument> variants);
}
