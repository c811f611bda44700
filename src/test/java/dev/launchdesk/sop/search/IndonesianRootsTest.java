package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Affixed forms meet their root where Lucene's Indonesian stemmer alone keeps them apart. */
class IndonesianRootsTest {

    private final IndonesianRoots roots = new IndonesianRoots();

    @ParameterizedTest(name = "{0} and {1} share {2}")
    @CsvSource({
            "pengembalian, kembali, kembali",
            "mengembalikan, dikembalikan, kembali",
            "pengiriman, dikirim, kirim",
            "mengirimkan, kirim, kirim",
            "penolakan, ditolak, tolak",
            "pemeriksaan, diperiksa, periksa",
            "memeriksa, periksa, periksa",
            "pencairan, dicairkan, cair",
            "menyita, disita, sita",
            "menilai, dinilai, nilai",
            "pengecekan, dicek, cek",
            "pemulangan, pulangkan, pulang",
            "penggantungan, digantung, gantung",
            "pengembaliannya, kembali, kembali"})
    void affixedFormsShareTheRoot(String word, String other, String root) {
        assertThat(roots.of(word)).contains(root);
        assertThat(roots.of(other)).contains(root);
    }

    /** Why the filter exists: the stock stemmer gives these pairs different stems. */
    @ParameterizedTest(name = "Lucene stems {0} and {1} apart")
    @CsvSource({"pengembalian, kembali", "pengiriman, dikirim", "memeriksa, diperiksa", "menilai, dinilai"})
    void luceneAloneKeepsThemApart(String word, String other) {
        assertThat(luceneStem(word)).isNotEqualTo(luceneStem(other));
    }

    @ParameterizedTest(name = "{0} first")
    @CsvSource({"pembayaran, bayar", "ditangguhkan, tangguh", "dana, dana"})
    void theLuceneStemComesFirst(String word, String stem) {
        assertThat(roots.of(word)).first().isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dana", "akun", "toko", "voucher", "rekening"})
    void plainWordsStayAsTheyAre(String word) {
        assertThat(roots.of(word)).containsExactly(word);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"pembayaran, pemasok", "penjual, pembeli", "pengiriman, pembayaran"})
    void differentRootsStayApart(String word, String other) {
        Set<String> shared = new HashSet<>(roots.of(word));
        shared.retainAll(roots.of(other));

        assertThat(shared).isEmpty();
    }

    private static String luceneStem(String word) {
        char[] buffer = word.toCharArray();
        return new String(buffer, 0, new IndonesianStemmer().stem(buffer, buffer.length, true));
    }
}
