package dev.launchdesk.sop.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The realistic SOP the translation tests share (src/test/resources/.../refund-sop.md). */
final class SopFixtures {

    static final String VERSION = "sopv-7f3a";

    private SopFixtures() {
    }

    static String refundSop() {
        try (InputStream in = SopFixtures.class.getResourceAsStream("refund-sop.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TranslationJob job(SegmentedSop sop, String trgLang) {
        return TranslationJob.of("refunds", "ID-marketplace", VERSION, "en", trgLang, sop.segments());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
