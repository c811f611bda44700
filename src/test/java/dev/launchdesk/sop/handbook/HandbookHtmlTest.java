package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class HandbookHtmlTest {

    private final HandbookRenderer renderer = new HandbookRenderer();

    @Test
    void contentsLinkEverySopAndItsTopSections() {
        String html = renderer.toHtml(SampleHandbook.thailand());

        assertThat(html).contains(
                "<li class=\"toc-sop\"><a href=\"#sop-ret-001\"><span class=\"toc-key\">RET-001</span>Returns &amp; refunds</a>",
                "<li class=\"toc-sop\"><a href=\"#sop-shp-014\">",
                "<li class=\"toc-sop\"><a href=\"#sop-acc-007\">",
                "<li class=\"toc-sop\"><a href=\"#sop-cod-003\"><span class=\"toc-key\">COD-003</span>การปฏิเสธรับพัสดุเก็บเงินปลายทาง</a>",
                "<li><a href=\"#sop-ret-001--seller-disputes\">Seller disputes</a></li>",
                "<li><a href=\"#sop-cod-003--ขั้นตอน\">ขั้นตอน</a></li>");
        assertThat(html).contains("<article class=\"sop\" id=\"sop-ret-001\">", "<h2 id=\"sop-ret-001--seller-disputes\">Seller disputes</h2>");
    }

    @Test
    void everySopStartsWithKeyTitleVersionAndEffectiveDate() {
        String html = renderer.toHtml(SampleHandbook.thailand());

        assertThat(html).contains("<div class=\"running sop-running\">RET-001 · Version 3 · Effective 2025-03-01</div>\n"
                + "<p class=\"sop-key\">RET-001 · Orders</p>\n<h1>Returns &amp; refunds</h1>\n"
                + "<p class=\"sop-meta\"><span><span class=\"label\">Version</span>3</span>"
                + "<span><span class=\"label\">Effective</span>2025-03-01</span>"
                + "<span><span class=\"label\">Review by</span>2025-09-01</span></p>");
        assertThat(html).contains("<span class=\"toc-meta\">Version 7 · Effective 2025-02-10</span>");
        assertThat(html).contains("<p class=\"sop-meta\"><span><span class=\"label\">Version</span>2</span>"
                + "<span><span class=\"label\">Effective</span>2024-11-18</span></p>");
    }

    @Test
    void isOneSelfContainedWellFormedDocument() throws Exception {
        String html = renderer.toHtml(SampleHandbook.thailand());

        assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        assertThat(html).contains("<style>", "@page", "target-counter(attr(href), page)", "content: \"Page \" counter(page) \" of \" counter(pages)");
        assertThat(html).doesNotContain("<link", "<script", "src=\"http", "<bookmarks>");
        parseXml(html);
    }

    @Test
    void escapesEveryPlainTextField() throws Exception {
        HandbookSop sop = new HandbookSop("X<1>", "<script>alert(1)</script>", "\"cat\" & 'dog'", 1,
                LocalDate.of(2025, 1, 1), null, "Body <b>bold</b> [x](javascript:alert(2)) \u0007");
        Handbook handbook = new Handbook("Title </title><script>", "Mar&ket", "M\"C", "Vendor <i>", "en\"><x", LocalDate.of(2025, 1, 2), List.of(sop));

        String html = renderer.toHtml(handbook);

        assertThat(html).doesNotContain("<script", "<b>", "<i>", "javascript:", "\u0007", "<x");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Mar&amp;ket", "&quot;cat&quot; &amp; &#39;dog&#39;", "id=\"sop-x-1\"");
        parseXml(html);
        parseXml(HandbookDocument.xhtmlForPdf(handbook));
    }

    @Test
    void labelsFollowTheHandbookLanguage() {
        Handbook thai = new Handbook("คู่มือ", "ประเทศไทย", "TH", null, "th", LocalDate.of(2025, 4, 15), List.of(SampleHandbook.COD_REFUSAL));

        String html = renderer.toHtml(thai);

        assertThat(html).contains("lang=\"th\"", "<h1>สารบัญ</h1>", "ผู้ให้บริการทั้งหมด", "COD-003 · ฉบับที่ 1 · มีผลตั้งแต่ 2025-04-01",
                "content: \"หน้า \" counter(page) \" จาก \" counter(pages)");
        assertThat(HandbookLabels.of("vi").get("contents")).isEqualTo("Mục lục");
        assertThat(HandbookLabels.of("id").get("contents")).isEqualTo("Daftar isi");
        assertThat(HandbookLabels.of("id-ID").get("page.of")).isEqualTo("dari");
        assertThat(HandbookLabels.of("fil").get("contents")).isEqualTo("Contents");
    }

    @Test
    void sopsWithTheSameKeyGetTheirOwnAnchors() {
        HandbookSop first = new HandbookSop("RET-001", "Returns", null, 1, LocalDate.of(2025, 1, 1), null, "## Scope");
        HandbookSop second = new HandbookSop("RET-001", "Returns (vendor)", null, 2, LocalDate.of(2025, 2, 1), null, "## Scope");

        String html = renderer.toHtml(new Handbook("H", "Thailand", "TH", null, "en", LocalDate.of(2025, 3, 1), List.of(first, second)));

        assertThat(html).contains("id=\"sop-ret-001\"", "id=\"sop-ret-001--scope\"", "id=\"sop-ret-001-2\"", "id=\"sop-ret-001-2--scope\"");
    }

    @Test
    void anEmptyHandbookSaysSo() {
        String html = renderer.toHtml(new Handbook("Empty", "Vietnam", "VN", null, "vi", LocalDate.of(2025, 3, 1), List.of()));

        assertThat(html).contains("Sổ tay này chưa có SOP nào.");
    }

    @Test
    void unresolvedParametersStayVisible() {
        HandbookSop sop = new HandbookSop("RET-001", "Returns", null, 1, LocalDate.of(2025, 1, 1), null, "Within {{refund.window.days}} days.");

        String html = renderer.toHtml(new Handbook("H", "Thailand", "TH", null, "en", LocalDate.of(2025, 3, 1), List.of(sop)));

        assertThat(html).contains("<mark class=\"unresolved-parameter\" data-parameter=\"refund.window.days\">{{refund.window.days}}</mark>");
    }

    static void parseXml(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }
}
