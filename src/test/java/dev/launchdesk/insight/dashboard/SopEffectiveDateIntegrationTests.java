package dev.launchdesk.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.LinkedMultiValueMap;

import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.SopEffectiveDates;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;

/** The before/after view around an SOP version takes the effective date the SOP library published it with. */
@SpringBootTest
class SopEffectiveDateIntegrationTests {

    @Autowired
    SopLibrary library;

    @Autowired
    SopEffectiveDates dates;

    @Autowired
    BeforeAfter beforeAfter;

    @Test
    void aMarketsOwnVariantVersionElseTheMasters() {
        SopLibrary.MasterRow master = library.masters().stream().filter(m -> m.published() != null).findFirst().orElseThrow();
        String key = master.document().key();
        SopVersion published = master.published();

        assertThat(dates.effectiveDate(key, published.number(), null)).contains(published.effectiveDate());
        assertThat(dates.effectiveDate(key, 999, null)).isEmpty();
        assertThat(dates.effectiveDate("NO-SUCH-SOP", 1, "ID")).isEmpty();
        List<SopDocument> variants = library.variantsOf(master.document().id(), VendorScope.all()).stream()
                .filter(v -> v.vendorId() == null).toList();
        for (SopDocument variant : variants) {
            library.published(variant.id()).ifPresent(v ->
                    assertThat(dates.effectiveDate(key, v.number(), variant.marketCode())).contains(v.effectiveDate()));
        }
    }

    @Test
    void theComparisonIsAroundThatDate() {
        // the demo's Malaysian refund SOP v2, in force from a day the demo's tickets cover on both sides
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("sopVersion", "SPS-RFD-001 v2");
        params.add("market", "MY");
        params.add("days", "3");

        BeforeAfter.Comparison comparison = beforeAfter.compare(CompareParameters.parse(params), VendorScope.all());

        LocalDate effective = dates.effectiveDate("SPS-RFD-001", 2, "MY").orElseThrow();
        assertThat(comparison.around()).isEqualTo(effective);
        assertThat(comparison.days()).isEqualTo(3);
        assertThat(comparison.basis()).isEqualTo("sop");
        assertThat(comparison.beforeFrom()).isEqualTo(effective.minusDays(3));
        assertThat(comparison.afterTo()).isEqualTo(effective.plusDays(2));
    }
}
