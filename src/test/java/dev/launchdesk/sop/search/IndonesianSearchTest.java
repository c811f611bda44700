package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indonesian: affixes (pengembalian, dikirim ↔ pengiriman, dicairkan ↔ cair), stop words. */
class IndonesianSearchTest {

    private static final String LANGUAGE = "id";

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
            pengembalian dana barang rusak          | ID-RET-001
            akun ditangguhkan                       | ID-ACC-002
            pesanan terlambat dikirim               | ID-SHP-003
            kirim terlambat                         | ID-SHP-003
            barang palsu                            | ID-IPR-004
            voucher tidak terpakai saat checkout    | ID-CMP-005
            dana belum cair                         | ID-PAY-006
            """)
    void theRightSopComesFirst(String query, String expected) {
        assertThat(SearchFixture.topHit(index, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pengembalian dana barang rusak          | ID-RET-001
            akun ditangguhkan                       | ID-ACC-002
            pesanan terlambat dikirim               | ID-SHP-003
            kirim terlambat                         | ID-SHP-003
            barang palsu                            | ID-IPR-004
            voucher tidak terpakai saat checkout    | ID-CMP-005
            dana belum cair                         | ID-PAY-006
            """)
    void theRightSopComesFirstWithinItsLanguage(String query, String expected) {
        SopQuery inLanguage = new SopQuery(query, null, LANGUAGE, null, null, 10);
        assertThat(SearchFixture.topHit(index, inLanguage)).isEqualTo(expected);
        assertThat(index.search(inLanguage).hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(LANGUAGE));
    }

    /** Tala stemming plus the root restored after a nasal prefix (see IndonesianRoots). */
    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            kembali                     | Pengembalian diajukan dalam 15 hari.
            pengembalian                | Barang dikirim kembali ke penjual.
            dikirim                     | Batas waktu pengiriman sudah lewat.
            ditolak                     | Penolakan banding bersifat final.
            diperiksa                   | Pemeriksaan dokumen memakan 3 hari.
            cair                        | Dana dicairkan setiap Senin.
            ditangguhkan                | Alasan penangguhan tertera di halaman akun.
            """)
    void findsTheWordInAnotherForm(String query, String text, @TempDir Path lone) throws IOException {
        assertThat(SearchFixture.finds(lone, LANGUAGE, query, text)).isTrue();
    }
}
