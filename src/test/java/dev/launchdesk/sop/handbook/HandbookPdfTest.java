package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandbookPdfTest {

    private final HandbookRenderer renderer = new HandbookRenderer();
    private PdfPages sample;
    private Map<String, Integer> firstPages;

    @BeforeAll
    void renderTheSample() {
        sample = new PdfPages(renderer.toPdf(SampleHandbook.thailand()));
        firstPages = contentsPageNumbers(sample.text(2));
    }

    @Test
    void oneShortSopPerPageAfterCoverAndContents() {
        List<HandbookSop> sops = List.of(
                new HandbookSop("A-1", "First", null, 1, LocalDate.of(2025, 1, 1), null, "## One\nShort."),
                new HandbookSop("B-2", "Second", null, 4, LocalDate.of(2025, 2, 1), null, "## Two\nShort."),
                new HandbookSop("C-3", "Third", null, 9, LocalDate.of(2025, 3, 1), null, "## Three\nShort."));

        PdfPages pdf = new PdfPages(renderer.toPdf(new Handbook("Short", "Vietnam", "VN", null, "en", LocalDate.of(2025, 4, 1), sops)));

        assertThat(pdf.count()).isEqualTo(5);
        assertThat(pdf.text(3)).contains("A-1 · Version 1 · Effective 2025-01-01", "First", "Page 3 of 5");
        assertThat(pdf.text(4)).contains("B-2 · Version 4 · Effective 2025-02-01", "Second", "Page 4 of 5");
        assertThat(pdf.text(5)).contains("C-3 · Version 9 · Effective 2025-03-01", "Third", "Page 5 of 5");
    }

    @Test
    void contentsListEverySopWithItsFirstPage() {
        assertThat(firstPages).containsOnlyKeys("RET-001", "SHP-014", "ACC-007", "COD-003");
        for (HandbookSop sop : SampleHandbook.SOPS) {
            int page = firstPages.get(sop.sopKey());
            assertThat(sample.text(page)).as(sop.sopKey()).contains(sop.title(), sop.sopKey() + " · " + (sop.category()));
            assertThat(sample.text(page - 1)).as(sop.sopKey()).doesNotContain(header(sop));
        }
        assertThat(new ArrayList<>(firstPages.values())).isSorted().doesNotHaveDuplicates();
        assertThat(firstPages.get("RET-001")).isEqualTo(3);
    }

    @Test
    void everyPageAfterTheContentsCarriesTheHeaderOfItsSop() {
        List<HandbookSop> sops = SampleHandbook.SOPS;
        for (int i = 0; i < sops.size(); i++) {
            int from = firstPages.get(sops.get(i).sopKey());
            int to = i + 1 < sops.size() ? firstPages.get(sops.get(i + 1).sopKey()) - 1 : sample.count();
            for (int page = from; page <= to; page++) {
                String text = sample.text(page);
                assertThat(text.lines().findFirst()).as("page %d", page).hasValue(header(sops.get(i)));
                for (HandbookSop other : sops) {
                    if (other != sops.get(i)) {
                        assertThat(text).as("page %d", page).doesNotContain(header(other));
                    }
                }
            }
        }
        assertThat(firstPages.get("ACC-007") - firstPages.get("SHP-014")).as("Late shipment runs over two pages").isEqualTo(2);
    }

    @Test
    void footerCountsPagesExceptOnTheCover() {
        int pages = sample.count();
        assertThat(pages).isEqualTo(firstPages.get("COD-003"));
        assertThat(sample.text(1)).doesNotContain("Page 1 of").contains("Seller support handbook: Thailand", "Siam Contact Services");
        for (int page = 2; page <= pages; page++) {
            assertThat(sample.text(page)).contains("Page " + page + " of " + pages, "Seller support handbook · Thailand (TH) · Siam Contact Services");
        }
    }

    @Test
    void thaiVietnameseAndIndonesianTextIsEmbeddedAndExtractable() {
        String thaiPage = sample.text(firstPages.get("COD-003"));
        assertThat(thaiPage).contains("การปฏิเสธรับพัสดุเก็บเงินปลายทาง", "ตรวจสอบสถานะพัสดุในระบบขนส่ง", "ผู้รับผิดชอบค่าขนส่ง");
        assertThat(sample.fonts.get(firstPages.get("COD-003") - 1)).anyMatch(font -> font.endsWith("NotoSansThai-Regular"))
                .anyMatch(font -> font.endsWith("NotoSansThai-Bold"));

        String macros = String.join("", sample.texts);
        assertThat(macros).contains("Đơn hàng của bạn đang bị chậm", "được hoàn tiền đầy đủ",
                "Pesanan Anda terlambat", "คำสั่งซื้อของคุณล่าช้า");
        assertThat(sample.fonts).allSatisfy(fonts -> assertThat(fonts).allMatch(font -> font.matches("([A-Z]{6}\\+)?NotoSans.*")));
    }

    @Test
    void bookmarksOpenEverySopAndItsSections() {
        assertThat(sample.bookmarks).extracting(PdfPages.Bookmark::title)
                .containsExactly("Contents", "RET-001 Returns & refunds", "SHP-014 Late shipment", "ACC-007 Account suspension appeal",
                        "COD-003 การปฏิเสธรับพัสดุเก็บเงินปลายทาง");
        assertThat(sample.bookmarks.get(0).page()).isEqualTo(2);
        for (PdfPages.Bookmark bookmark : sample.bookmarks.subList(1, 5)) {
            String key = bookmark.title().substring(0, 7);
            assertThat(bookmark.page()).as(key).isEqualTo(firstPages.get(key));
            assertThat(bookmark.children()).as(key).isNotEmpty().allSatisfy(section -> assertThat(section.page()).isGreaterThanOrEqualTo(bookmark.page()));
        }
        assertThat(sample.bookmarks.get(2).children()).extracting(PdfPages.Bookmark::title).contains("Steps for agents", "Public holidays");
        assertThat(sample.bookmarks.get(4).children()).extracting(PdfPages.Bookmark::title).containsExactly("ขอบเขต", "ขั้นตอน", "ค่าขนส่งตีกลับ", "การคืนเงิน");
    }

    @Test
    void neverFetchesRemoteImagesButDrawsEmbeddedOnes() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            String body = "![tracker](" + url + "/pixel.png)\n\n[link](" + url + "/page)\n\n"
                    + "![dot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)";
            HandbookSop sop = new HandbookSop("IMG-1", "Images", null, 1, LocalDate.of(2025, 1, 1), null, body);

            PdfPages pdf = new PdfPages(renderer.toPdf(new Handbook("H", "Thailand", "TH", null, "en", LocalDate.of(2025, 1, 1), List.of(sop))));

            assertThat(requests).hasValue(0);
            assertThat(pdf.imageCount).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    private static String header(HandbookSop sop) {
        return sop.sopKey() + " · Version " + sop.versionNumber() + " · Effective " + sop.effectiveDate();
    }

    /** "RET-001 Returns & refunds ....... 3" lines of the contents page, by SOP key. */
    private static Map<String, Integer> contentsPageNumbers(String contents) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("(?m)^([A-Z]{3}-\\d{3}) .*?\\.{3,}\\s*(\\d+)$").matcher(contents);
        while (matcher.find()) {
            pages.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return pages;
    }
}
