package dev.launchdesk.sop.search;

import static dev.launchdesk.sop.search.SearchFixture.versionIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, hits, snippets, ranking rules and vendor scope, over {@link SopCorpus}. */
class SopSearchIndexTest {

    @TempDir
    Path folder;
    SopSearchIndex index;

    @BeforeEach
    void indexCorpus() {
        index = SearchFixture.corpusIndex(folder);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void withoutFiltersSearchesEveryLanguage() {
        SopSearchResults results = index.search(SopQuery.of("Trust & Safety"));

        assertThat(versionIds(results)).containsExactlyInAnyOrder(
                "SG-ACC-002", "ID-ACC-002", "MY-ACC-002", "TH-ACC-002", "VN-ACC-002", "MX-ACC-002");
        assertThat(results.totalHits()).isEqualTo(6);
        assertThat(results.totalHitsExact()).isTrue();
        assertThat(results.tookMs()).isNotNegative();
    }

    @Test
    void filtersByMarketIgnoringCase() {
        assertThat(versionIds(index.search(new SopQuery("Trust & Safety", "vn", null, null, null, 10))))
                .containsExactly("VN-ACC-002");
    }

    @Test
    void filtersByLanguageOnItsPrimarySubtag() {
        assertThat(versionIds(index.search(new SopQuery("Trust & Safety", null, "th-TH", null, null, 10))))
                .containsExactly("TH-ACC-002");
    }

    @Test
    void filtersByCategory() {
        SopSearchResults payments = index.search(new SopQuery("Seller Center", null, null, "payments", null, 10));

        assertThat(payments.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.category()).isEqualTo("Payments"));
        assertThat(index.search(SopQuery.of("Seller Center")).hits()).extracting(SopSearchHit::category)
                .contains("Returns & Refunds", "Payments");
    }

    @Test
    void filtersByStatus() {
        index.upsert(new SearchableSop("SG-PAY-006-v2", "PAY-006", "Seller payouts (old schedule)", "Payments", "SG", null,
                "en", "DUE_FOR_REVIEW", "Payouts are released every Friday.", SopCorpus.EFFECTIVE));

        assertThat(versionIds(index.search(new SopQuery("payouts", null, null, null, "due_for_review", 10))))
                .containsExactly("SG-PAY-006-v2");
        assertThat(versionIds(index.search(new SopQuery("payouts", null, null, null, "PUBLISHED", 10))))
                .contains("SG-PAY-006").doesNotContain("SG-PAY-006-v2");
    }

    @Test
    void filtersCombine() {
        assertThat(versionIds(index.search(new SopQuery("Seller", "MX", "es", "Payments", "PUBLISHED", 10))))
                .containsExactly("MX-PAY-006");
        assertThat(index.search(new SopQuery("Seller", "MX", "th", null, null, 10)).hits()).isEmpty();
    }

    @Test
    void hitsCarryWhatTheResultListShows() {
        SopSearchHit hit = index.search(SopQuery.of("payout failed")).hits().get(0);

        assertThat(hit.versionId()).isEqualTo("SG-PAY-006");
        assertThat(hit.sopKey()).isEqualTo("PAY-006");
        assertThat(hit.title()).isEqualTo("Seller payouts and payment schedule");
        assertThat(hit.category()).isEqualTo("Payments");
        assertThat(hit.marketCode()).isEqualTo("SG");
        assertThat(hit.vendorCode()).isNull();
        assertThat(hit.language()).isEqualTo("en");
        assertThat(hit.status()).isEqualTo("PUBLISHED");
        assertThat(hit.effectiveDate()).isEqualTo(SopCorpus.EFFECTIVE);
        assertThat(hit.score()).isPositive();
    }

    @Test
    void limitsHitsButCountsAll() {
        SopSearchResults results = index.search(new SopQuery("Trust & Safety", null, null, null, null, 2));

        assertThat(results.hits()).hasSize(2);
        assertThat(results.totalHits()).isEqualTo(6);
    }

    @Test
    void snippetMarksTheMatchedWordsInPlainText() {
        String snippet = index.search(SopQuery.of("payout failed")).hits().get(0).snippet();

        assertThat(snippet).contains("If a <mark>payout</mark> <mark>failed</mark>, check that the bank account name");
        assertThat(snippet).doesNotContain("**", "##");
    }

    @Test
    void snippetMarksStemmedAndPrefixMatches() {
        assertThat(index.search(SopQuery.of("refunding")).hits().get(0).snippet()).contains("<mark>refund</mark>");
        assertThat(index.search(SopQuery.of("counterf")).hits().get(0).snippet()).contains("<mark>counterfeit</mark>");
    }

    @Test
    void snippetShowsMarkdownAsTextWithoutLinkAddresses() {
        String snippet = index.search(new SopQuery("IP Portal", "SG", null, null, null, 1)).hits().get(0).snippet();

        assertThat(snippet).contains("<mark>IP</mark> <mark>Portal</mark>;").doesNotContain("https://", "[", "](");
    }

    @Test
    void snippetIsHtmlEscaped() {
        index.upsert(new SearchableSop("SG-SEC-009", "SEC-009", "Chat safety", "Security", "SG", null, "en", "PUBLISHED",
                "Never paste <script>alert('x')</script> into a chat & never ask for \"OTP\" codes.", SopCorpus.EFFECTIVE));

        String snippet = index.search(SopQuery.of("paste script")).hits().get(0).snippet();

        assertThat(snippet).isEqualTo("Never <mark>paste</mark> &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; "
                + "into a chat &amp; never ask for &quot;OTP&quot; codes.");
    }

    @Test
    void snippetOfATitleOnlyMatchIsTheStartOfTheBody() {
        SopSearchHit hit = index.search(new SopQuery("on time", "SG", null, null, null, 1)).hits().get(0);

        assertThat(hit.title()).isEqualTo("Late shipment: orders not shipped on time");
        assertThat(hit.snippet()).startsWith("An order counts as late when the seller").doesNotContain("<mark>");
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        index.upsert(new SearchableSop("SG-X-1", "X-1", "Chargeback disputes", "Payments", "SG", null, "en", "PUBLISHED",
                "When a bank reverses a card payment, collect the order evidence.", SopCorpus.EFFECTIVE));
        index.upsert(new SearchableSop("SG-X-2", "X-2", "Order evidence", "Payments", "SG", null, "en", "PUBLISHED",
                "Collect the delivery proof. A chargeback needs it, and so do refunds.", SopCorpus.EFFECTIVE));

        assertThat(versionIds(index.search(SopQuery.of("chargeback")))).startsWith("SG-X-1", "SG-X-2");
    }

    @Test
    void wordsTogetherRankAboveWordsApart() {
        index.upsert(new SearchableSop("VN-X-1", "X-1", "Quy định chung", "Other", "VN", null, "vi", "PUBLISHED",
                "Tiền thưởng được tính theo doanh thu; yêu cầu hoàn thành khảo sát.", SopCorpus.EFFECTIVE));
        index.upsert(new SearchableSop("VN-X-2", "X-2", "Quy định chung", "Other", "VN", null, "vi", "PUBLISHED",
                "Yêu cầu hoàn tiền được xử lý trong 3 ngày; khảo sát sau đó.", SopCorpus.EFFECTIVE));

        assertThat(versionIds(index.search(new SopQuery("hoàn tiền", "VN", null, "Other", null, 10)))).startsWith("VN-X-2");
    }

    @Test
    void theSopKeyFindsThatSop() {
        assertThat(index.search(SopQuery.of("pay-006")).hits()).first().extracting(SopSearchHit::sopKey).isEqualTo("PAY-006");
        assertThat(versionIds(index.search(new SopQuery("PAY-006", "TH", null, null, null, 10)))).startsWith("TH-PAY-006");
    }

    @Test
    void theLastWordIsAPrefixUntilASpaceFollows() {
        assertThat(versionIds(index.search(SopQuery.of("vouch")))).startsWith("SG-CMP-005");
        assertThat(index.search(SopQuery.of("vouch ")).hits()).isEmpty();
    }

    @Test
    void thePrefixOfAThaiWordIsCutLikeTheWord() {
        assertThat(versionIds(index.search(new SopQuery("ขออุทธร", null, "th", null, null, 10)))).startsWith("TH-ACC-002");
    }

    @Test
    void aVendorSeesMarketWideSopsAndItsOwnVariantsOnly() {
        index.upsert(new SearchableSop("TH-RET-001-ACME", "RET-001", "Refunds for ACME agents", "Returns & Refunds", "TH",
                "ACME", "en", "PUBLISHED", "ACME agents escalate refunds to the ACME team lead.", SopCorpus.EFFECTIVE));
        index.upsert(new SearchableSop("TH-RET-001-BETA", "RET-001", "Refunds for Beta agents", "Returns & Refunds", "TH",
                "BETA", "en", "PUBLISHED", "Beta agents escalate refunds to the Beta hotline.", SopCorpus.EFFECTIVE));

        SopQuery refunds = new SopQuery("refunds", null, "en", null, null, 10);

        assertThat(versionIds(index.searchAsVendor(refunds, "acme")))
                .contains("TH-RET-001-ACME", "SG-RET-001").doesNotContain("TH-RET-001-BETA");
        assertThat(versionIds(index.search(refunds))).contains("TH-RET-001-ACME", "TH-RET-001-BETA", "SG-RET-001");
    }
}
