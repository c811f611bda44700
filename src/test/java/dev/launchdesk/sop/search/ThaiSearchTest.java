package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thai: dictionary word segmentation finds a word inside a run of text without spaces. */
class ThaiSearchTest {

    private static final String LANGUAGE = "th";

    @TempDir
    static Path folder;
    static SopSearchIndex index;

    @BeforeAll
    static void indexCorpus() {
        index = SearchFixture.corpusIndex(folder);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Searched over all six languages at once, as an agent does without a language filter. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            คืนเงิน                                  | TH-RET-001
            อุทธรณ์                                   | TH-ACC-002
            บัญชีถูกระงับ                              | TH-ACC-002
            จัดส่งล่าช้า                                | TH-SHP-003
            สินค้าปลอม                               | TH-IPR-004
            โค้ดส่วนลด                               | TH-CMP-005
            โอนเงินไม่สำเร็จ                            | TH-PAY-006
            """)
    void theRightSopComesFirst(String query, String expected) {
        assertThat(SearchFixture.topHit(index, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            คืนเงิน                                  | TH-RET-001
            อุทธรณ์                                   | TH-ACC-002
            บัญชีถูกระงับ                              | TH-ACC-002
            จัดส่งล่าช้า                                | TH-SHP-003
            สินค้าปลอม                               | TH-IPR-004
            โค้ดส่วนลด                               | TH-CMP-005
            โอนเงินไม่สำเร็จ                            | TH-PAY-006
            """)
    void theRightSopComesFirstWithinItsLanguage(String query, String expected) {
        SopQuery inLanguage = new SopQuery(query, null, LANGUAGE, null, null, 10);
        assertThat(SearchFixture.topHit(index, inLanguage)).isEqualTo(expected);
        assertThat(index.search(inLanguage).hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(LANGUAGE));
    }

    /** Words found inside runs of Thai text, including words the stock Thai stop list would drop. */
    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            คืนเงิน                     | ใช้ขั้นตอนนี้เมื่อผู้ซื้อขอคืนเงินเพราะได้รับสินค้าชำรุด
            อุทธรณ์                      | ผู้ขายที่ร้านค้าถูกระงับสามารถยื่นอุทธรณ์ได้หนึ่งครั้ง
            จัดส่ง                       | ผู้ขายต้องจัดส่งสินค้าภายในสองวันทำการ
            ขอคืนสินค้า                  | ตรวจสอบว่าผู้ซื้อยื่นคำขอคืนสินค้าภายใน 15 วัน
            """)
    void findsTheWordInAnotherForm(String query, String text, @TempDir Path lone) throws IOException {
        assertThat(SearchFixture.finds(lone, LANGUAGE, query, text)).isTrue();
    }

    @Test
    void snippetMarksTheSegmentedWordAsOne() {
        String snippet = index.search(new SopQuery("คืนเงิน", null, LANGUAGE, null, null, 1)).hits().get(0).snippet();

        assertThat(snippet).contains("ผู้ซื้อขอ<mark>คืนเงิน</mark>เพราะได้รับสินค้าชำรุด");
    }
}
