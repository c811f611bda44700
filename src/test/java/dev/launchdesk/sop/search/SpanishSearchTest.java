package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish: plurals and accents (reembolsos → reembolso, devolucion → devolución, pagos → pago). */
class SpanishSearchTest {

    private static final String LANGUAGE = "es";

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
            reembolsos                              | MX-RET-001
            devolucion de producto dañado           | MX-RET-001
            suspension de cuenta                    | MX-ACC-002
            pedido retrasado                        | MX-SHP-003
            producto falsificado                    | MX-IPR-004
            cupón no aplicado                       | MX-CMP-005
            pagos retenidos                         | MX-PAY-006
            """)
    void theRightSopComesFirst(String query, String expected) {
        assertThat(SearchFixture.topHit(index, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            reembolsos                              | MX-RET-001
            devolucion de producto dañado           | MX-RET-001
            suspension de cuenta                    | MX-ACC-002
            pedido retrasado                        | MX-SHP-003
            producto falsificado                    | MX-IPR-004
            cupón no aplicado                       | MX-CMP-005
            pagos retenidos                         | MX-PAY-006
            """)
    void theRightSopComesFirstWithinItsLanguage(String query, String expected) {
        SopQuery inLanguage = new SopQuery(query, null, LANGUAGE, null, null, 10);
        assertThat(SearchFixture.topHit(index, inLanguage)).isEqualTo(expected);
        assertThat(index.search(inLanguage).hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(LANGUAGE));
    }

    /** Plural stemmer, then the light stemmer (which also drops accents). */
    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            reembolsos                  | El reembolso se emite en 5 días.
            reembolso                   | Los reembolsos se emiten en 5 días.
            pagos                       | El pago se deposita cada lunes.
            devolucion                  | La devolución se aprueba con fotos.
            cupones                     | El cupón no se canjea por efectivo.
            """)
    void findsTheWordInAnotherForm(String query, String text, @TempDir Path lone) throws IOException {
        assertThat(SearchFixture.finds(lone, LANGUAGE, query, text)).isTrue();
    }
}
