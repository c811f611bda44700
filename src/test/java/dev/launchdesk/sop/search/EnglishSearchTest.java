package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English: Porter stemming (refunding → refund), title above body, prefix of the last word. */
class EnglishSearchTest {

    private static final String LANGUAGE = "en";

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
            refunding a damaged item                | SG-RET-001
            refunding                               | SG-RET-001
            my shop was suspended, how to appeal    | SG-ACC-002
            parcel not shipped on time              | SG-SHP-003
            fake branded goods                      | SG-IPR-004
            voucher not applied at checkout         | SG-CMP-005
            payout failed                           | SG-PAY-006
            counterf                                | SG-IPR-004
            when are payo                           | SG-PAY-006
            """)
    void theRightSopComesFirst(String query, String expected) {
        assertThat(SearchFixture.topHit(index, query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            refunding a damaged item                | SG-RET-001
            refunding                               | SG-RET-001
            my shop was suspended, how to appeal    | SG-ACC-002
            parcel not shipped on time              | SG-SHP-003
            fake branded goods                      | SG-IPR-004
            voucher not applied at checkout         | SG-CMP-005
            payout failed                           | SG-PAY-006
            counterf                                | SG-IPR-004
            when are payo                           | SG-PAY-006
            """)
    void theRightSopComesFirstWithinItsLanguage(String query, String expected) {
        SopQuery inLanguage = new SopQuery(query, null, LANGUAGE, null, null, 10);
        assertThat(SearchFixture.topHit(index, inLanguage)).isEqualTo(expected);
        assertThat(index.search(inLanguage).hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo(LANGUAGE));
    }

    /** Porter stemming: the query and the text meet in the stem. */
    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            refunding                   | The refund is issued after 5 days.
            refund                      | Refunds are issued after 5 days.
            shipped                     | The order ships within 2 days.
            """)
    void findsTheWordInAnotherForm(String query, String text, @TempDir Path lone) throws IOException {
        assertThat(SearchFixture.finds(lone, LANGUAGE, query, text)).isTrue();
    }
}
