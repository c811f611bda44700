package dev.launchdesk.training.bank.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a GIFT {@code $CATEGORY:} line names the SOP section of the questions after it. By default
 * ({@link #byPath()}) the last two segments of the category path are the SOP key and the section anchor, so
 * {@code $CATEGORY: SPS-RFD-001/refund-window} and Moodle's own export form
 * {@code $CATEGORY: $course$/top/SPS-RFD-001/refund-window} both name section {@code refund-window} of SOP
 * {@code SPS-RFD-001}. A trainer's existing bank with categories such as {@code Refunds/Time limits} is mapped with a
 * table ({@link #table}) that the import form builds.
 */
@FunctionalInterface
public interface CategoryMapping {

    /** An SOP section by SOP key and anchor (whether it exists is the core's question). */
    record Section(String sopKey, String anchor) {
    }

    /** The section of a category path, if this mapping knows one. */
    Optional<Section> sectionOf(String category);

    /** The last two segments of the path: {@code .../<SOP key>/<section anchor>}. */
    static CategoryMapping byPath() {
        return category -> {
            List<String> segments = Arrays.stream(category.split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (segments.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new Section(segments.get(segments.size() - 2), segments.get(segments.size() - 1)));
        };
    }

    /** Categories looked up by their exact path (surrounding blanks ignored); others by {@link #byPath()}. */
    static CategoryMapping table(Map<String, Section> sections) {
        Map<String, Section> copy = Map.copyOf(sections);
        CategoryMapping fallback = byPath();
        return category -> {
            Section known = copy.get(category.trim());
            return known != null ? Optional.of(known) : fallback.sectionOf(category);
        };
    }
}
