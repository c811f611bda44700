package dev.launchdesk.training.bank.formats;

import java.util.Optional;

/**
 * What an import form supplies for what a file leaves open: the SOP section for questions the file does not place
 * (GIFT without a {@code $CATEGORY:}, a sheet with blank {@code sop_key}/{@code section_anchor} cells; {@code null}
 * when the file must place every question), the language of questions that do not name one, and how GIFT categories
 * name sections.
 */
public record BankDefaults(CategoryMapping.Section section, String language, CategoryMapping categories) {

    public BankDefaults {
        categories = categories == null ? CategoryMapping.byPath() : categories;
    }

    /** Every question placed by the file itself; categories read as {@code <SOP key>/<section anchor>}. */
    public static BankDefaults inLanguage(String language) {
        return new BankDefaults(null, language, CategoryMapping.byPath());
    }

    /** Questions the file does not place go to this section. */
    public static BankDefaults forSection(String sopKey, String sectionAnchor, String language) {
        return new BankDefaults(new CategoryMapping.Section(sopKey, sectionAnchor), language, CategoryMapping.byPath());
    }

    Optional<CategoryMapping.Section> defaultSection() {
        return Optional.ofNullable(section);
    }
}
