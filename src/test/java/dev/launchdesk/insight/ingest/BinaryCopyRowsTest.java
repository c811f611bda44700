package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Texts in binary COPY format are their UTF-8 bytes after the length, whichever way they are written. */
class BinaryCopyRowsTest {

    private static final String[] PIECES = {"a", "Z", "0", "-", " ", "/", "é", "ß", "เจ้า", "€", "\uD83D\uDE00", "~", "\u007F", "\u0080"};

    @Test
    void textsAreTheirUtf8BytesWhetherAsciiOrNot() {
        qt().withExamples(5_000).forAll(texts()).checkAssert(value -> {
            BinaryCopyRows rows = new BinaryCopyRows(4);
            rows.text(value);
            rows.code(value);
            rows.code(value);
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            ByteBuffer expected = ByteBuffer.allocate(3 * (4 + utf8.length));
            for (int i = 0; i < 3; i++) {
                expected.putInt(utf8.length).put(utf8);
            }
            assertThat(Arrays.copyOf(rows.bytes(), rows.length())).isEqualTo(expected.array());
        });
    }

    @Test
    void codesSharingASlotAreEachWrittenAsThemselves() {
        qt().withExamples(2_000).forAll(lists().of(texts()).ofSizeBetween(1, 40)).checkAssert(values -> {
            BinaryCopyRows rows = new BinaryCopyRows(16);
            ByteBuffer expected = ByteBuffer.allocate(values.stream().mapToInt(v -> 2 * (4 + v.getBytes(StandardCharsets.UTF_8).length)).sum());
            for (int round = 0; round < 2; round++) {
                for (String value : values) {
                    rows.code(new String(value)); // equal text, another instance: never mistaken for a kept one
                    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                    expected.putInt(utf8.length).put(utf8);
                }
            }
            assertThat(Arrays.copyOf(rows.bytes(), rows.length())).isEqualTo(expected.array());
        });
        BinaryCopyRows rows = new BinaryCopyRows(16);
        String first = "Aa", second = "BB"; // the same hash, so the same slot
        assertThat(first.hashCode()).isEqualTo(second.hashCode());
        List.of(first, second, first).forEach(rows::code);
        assertThat(new String(rows.bytes(), 0, rows.length(), StandardCharsets.ISO_8859_1)).isEqualTo("\0\0\0\2Aa\0\0\0\2BB\0\0\0\2Aa");
    }

    private static Gen<String> texts() {
        return lists().of(integers().between(0, PIECES.length - 1).map(i -> PIECES[i])).ofSizeBetween(0, 30)
                .map(pieces -> String.join("", pieces));
    }
}
