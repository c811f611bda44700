package dev.launchdesk.training.bank.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.launchdesk.shared.LanguageTags;

/** What the bank readers share: strict UTF-8 decoding and language tags in their canonical spelling. */
final class BankFiles {

    private BankFiles() {
    }

    /** The text of UTF-8 bytes without a byte-order mark; empty when the bytes are not UTF-8. */
    static Optional<String> utf8(byte[] content) {
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A single language tag in its canonical spelling ({@code th_th} → {@code th-TH}); anything else as written. */
    static String language(String tag) {
        if (tag == null || tag.isBlank() || LanguageTags.problemIn(tag).isPresent()) {
            return tag == null ? null : tag.trim();
        }
        return String.join(",", LanguageTags.parse(tag));
    }
}
