package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** What {@link GiftWriter} writes, {@link GiftReader} reads back to the same questions, whatever their text holds. */
class GiftRoundTripPropertyTest {

    @Test
    void writtenBanksReadBackUnchanged() {
        qt().withExamples(400).forAll(BankDraftsGen.banks()).checkAssert(bank -> {
            String gift = GiftWriter.write(bank.questions());
            BankReading reading = GiftReader.read(gift, BankDefaults.inLanguage(bank.language()));
            assertThat(reading.problems()).as(gift).isEmpty();
            assertThat(reading.questions()).as(gift).isEqualTo(bank.questions());
        });
    }
}
