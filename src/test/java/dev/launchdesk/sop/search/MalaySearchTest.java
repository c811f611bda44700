package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malay, analysed like Indonesian: pemulangan ↔ pulangkan, penggantungan ↔ digantung. */
class MalaySearchTest {

    private static final String LANGUAGE = "ms";

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
            bayaran balik barang rosak              | MY-RET-001
            pulangkan barang                        | MY-RET-001
            akaun digantung                         | MY-ACC-002
            penghantaran lewat                      | MY-SHP-003
            barang tiruan                           | MY-IPR-004
            baucar tidak digunakan                  | MY-CMP-005
            pembayaran gagal                        | MY-PAY-006
            """)
    void theRightSopComesFirst(String query, String expected) {
        assertThat(SearchFixture.topHit(index, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bayaran balik barang rosak              | MY-RET-001
            pulangkan barang                        | MY-RET-001
            akaun digantung                         | MY-ACC-002
            penghantaran lewat                      | MY-SHP-003
            barang tiruan                           | MY-IPR-004
            baucar tidak digunakan                  | MY-CMP-005
            pembayaran gagal                        | MY-PAY-006
            """)
    void theRightSopComesFirstWithinItsLanguage(String query, String expected) {
        SopQuery inLanguage = new SopQuery(query, null, LANGUAGE, null, null, 10);
        assertThat(SearchFixture.topHit(index, inLanguage)).isEqualTo(expected);
        assertThat(index.search(inLanguage).hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(LANGUAGE));
    }

    /** Indonesian analysis on Malay words. */
    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            pulangkan                   | Luluskan pemulangan jika gambar menunjukkan kerosakan.
            digantung                   | Semak sebab penggantungan akaun.
            hantar                      | Tarikh akhir penghantaran telah berlalu.
            bayar                       | Pembayaran dibuat setiap Isnin.
            """)
    void findsTheWordInAnotherForm(String query, String text, @TempDir Path lone) throws IOException {
        assertThat(SearchFixture.finds(lone, LANGUAGE, query, text)).isTrue();
    }
}
