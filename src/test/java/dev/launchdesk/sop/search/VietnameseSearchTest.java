package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vietnamese: syllables kept together by phrase matching; found with and without diacritics. */
class VietnameseSearchTest {

    private static final String LANGUAGE = "vi";

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
            hoàn tiền                               | VN-RET-001
            hoan tien                               | VN-RET-001
            tài khoản bị đình chỉ                   | VN-ACC-002
            tai khoan bi dinh chi                   | VN-ACC-002
            giao hàng trễ                           | VN-SHP-003
            giao hang tre                           | VN-SHP-003
            hàng giả                                | VN-IPR-004
            hang gia                                | VN-IPR-004
            mã giảm giá                             | VN-CMP-005
            ma giam gia                             | VN-CMP-005
            chuyển tiền thất bại                    | VN-PAY-006
            chuyen tien that bai                    | VN-PAY-006
            """)
    void theRightSopComesFirst(String query, String expected) {
        assertThat(SearchFixture.topHit(index, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hoàn tiền                               | VN-RET-001
            hoan tien                               | VN-RET-001
            tài khoản bị đình chỉ                   | VN-ACC-002
            tai khoan bi dinh chi                   | VN-ACC-002
            giao hàng trễ                           | VN-SHP-003
            giao hang tre                           | VN-SHP-003
            hàng giả                                | VN-IPR-004
            hang gia                                | VN-IPR-004
            mã giảm giá                             | VN-CMP-005
            ma giam gia                             | VN-CMP-005
            chuyển tiền thất bại                    | VN-PAY-006
            chuyen tien that bai                    | VN-PAY-006
            """)
    void theRightSopComesFirstWithinItsLanguage(String query, String expected) {
        SopQuery inLanguage = new SopQuery(query, null, LANGUAGE, null, null, 10);
        assertThat(SearchFixture.topHit(index, inLanguage)).isEqualTo(expected);
        assertThat(index.search(inLanguage).hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(LANGUAGE));
    }

    /** Tone marks optional in the query; decomposed input (base letter + combining mark) too. */
    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            hoan tien                   | Người mua yêu cầu hoàn tiền vì sản phẩm bị hư hỏng.
            dinh chi                    | Tài khoản bị đình chỉ do vi phạm chính sách.
            Đình chỉ                    | Tài khoản bị đình chỉ do vi phạm chính sách.
            hoàn tiền                   | Người mua yêu cầu hoàn tiền vì sản phẩm bị hư hỏng.
            """)
    void findsTheWordInAnotherForm(String query, String text, @TempDir Path lone) throws IOException {
        assertThat(SearchFixture.finds(lone, LANGUAGE, query, text)).isTrue();
    }

    @Test
    void findsTextTypedWithCombiningTonemarks(@TempDir Path lone) throws IOException {
        String decomposed = Normalizer.normalize("hoàn tiền", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(12);       // h o a ` n, t i e ^ ` n: marks as separate characters

        assertThat(SearchFixture.finds(lone, LANGUAGE, decomposed, "Người mua yêu cầu hoàn tiền.")).isTrue();
    }
}
