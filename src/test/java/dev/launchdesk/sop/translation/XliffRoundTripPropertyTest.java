package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For generated Markdown SOPs: segment, export, "translate" every segment into itself the way a CAT tool
 * copies a source (codes included), import and reassemble. The result is the original document, except for the
 * documented normalisation: a block written over several lines (soft line breaks) comes back on one line.
 * Each generated document carries both texts, the one written and the one expected back.
 */
class XliffRoundTripPropertyTest {

    private static final Schema OASIS = oasis();

    private static Schema oasis() {
        try {
            return OkapiXliff.oasisSchema();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document as written and as it reads after the round trip. */
    record Doc(String written, String expected) {
    }

    /** One block: its lines as written, and as expected back (without line ends). */
    record Block(List<String> written, List<String> expected) {
        static Block same(List<String> lines) {
            return new Block(lines, lines);
        }
    }

    @Test
    void segmentExportImportReassembleGivesTheDocumentBack() {
        qt().withExamples(250).forAll(documents()).checkAssert(XliffRoundTripPropertyTest::roundTrip);
    }

    private static void roundTrip(Doc doc) {
        try {
            assertRoundTrip(doc);
        } catch (Exception e) {
            throw new AssertionError("round trip failed for " + doc, e);
        }
    }

    private static void assertRoundTrip(Doc doc) throws Exception {
        SegmentedSop sop = SopSegmenter.segment(doc.written());
        if (sop.segments().isEmpty()) {
            assertThat(sop.reassemble(Map.of()).markdown()).isEqualTo(doc.written());
            return;
        }
        String exported = new XliffExport().export(TranslationJob.of("sop", "variant", "v1", "en", "vi", sop.segments()));
        OASIS.newValidator().validate(new StreamSource(new StringReader(exported)));

        String translated = Translator.withTargets(exported, sourcesAsTargets(exported, sop));
        ImportedTranslation imported = new XliffImport().parse(SopFixtures.utf8(translated),
                ExpectedSegments.of("v1", "en", "vi", sop));
        SegmentedSop.Reassembled result = sop.reassemble(imported.targets());

        assertThat(imported.untranslated()).isEmpty();
        assertThat(result.untranslated()).isEmpty();
        assertThat(result.markdown()).isEqualTo(doc.expected());
    }

    private static Map<String, String> sourcesAsTargets(String exported, SegmentedSop sop) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (SopSegment segment : sop.segments()) {
            int unit = exported.indexOf("<unit id=\"" + segment.id() + "\">");
            int from = exported.indexOf("<source>", unit) + "<source>".length();
            targets.put(segment.id(), exported.substring(from, exported.indexOf("</source>", from)));
        }
        return targets;
    }

    private static Gen<Doc> documents() {
        Gen<String> eol = arbitrary().pick("\n", "\r\n");
        Gen<List<Block>> blocks = lists().of(block()).ofSizeBetween(1, 8);
        return blocks.zip(eol, XliffRoundTripPropertyTest::document);
    }

    private static Doc document(List<Block> blocks, String eol) {
        List<String> written = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Block block : blocks) {
            written.add(String.join(eol, block.written()));
            expected.add(String.join(eol, block.expected()));
        }
        return new Doc(String.join(eol + eol, written) + eol, String.join(eol + eol, expected) + eol);
    }

    private static Gen<Block> block() {
        return Generate.frequency(List.of(
                Pair.of(4, paragraph("", "")),
                Pair.of(2, paragraph("> ", "> ")),
                Pair.of(3, list()),
                Pair.of(3, heading()),
                Pair.of(2, table()),
                Pair.of(1, hardBreak()),
                Pair.of(1, kept())));
    }

    /** Inline Markdown: words in several scripts, emphasis, links, parameters, code, characters XML must escape. */
    private static Gen<String> token() {
        return Generate.frequency(List.of(
                Pair.of(12, arbitrary().pick("refund", "seller", "hoàn", "tiền", "người", "mua", "pengembalian",
                        "dana", "penjual", "คืนเงิน", "ผู้ขาย", "ภายใน", "days", "e-mail", "12.12", "30", "Rp50.000", "😀")),
                Pair.of(6, arbitrary().pick("**within one day**", "*policy owner*", "__bold__", "_em_", "~~old~~",
                        "***both***", "`REF-LATE`", "``a ` b``", "{{refund.window.days}}", "{{refund.auto_approve.limit}}",
                        "[late refunds](https://help.example.com/late \"Late\")", "![flow](img/flow.png)", "[ref link][r1]",
                        "<https://desk.example.com>", "<kbd>Ctrl</kbd>", "<br/>", "**[bold link](x.html)**",
                        "*em with {{p.q}} inside*")),
                Pair.of(5, arbitrary().pick("x < y & z", "\"quoted\"", "it's", "a_b_c", "2 * 3", "C#", "\\*not em\\*",
                        "**unclosed", "`unclosed", "[not a link]", "{single}", "]]>", "tab\there", "bell\u0007", "\uFFFE", "&amp;"))));
    }

    private static Gen<String> line() {
        return lists().of(token()).ofSizeBetween(1, 6).map(words -> "start " + String.join(" ", words));
    }

    private static Gen<Block> paragraph(String prefix, String continuation) {
        return lists().of(line()).ofSizeBetween(1, 3).map(lines -> {
            List<String> written = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                written.add((i == 0 ? prefix : continuation) + lines.get(i));
            }
            return new Block(written, List.of(prefix + String.join(" ", lines)));
        });
    }

    private static Gen<Block> hardBreak() {
        return line().zip(line(), arbitrary().pick("  ", "\\"), (a, b, mark) ->
                Block.same(List.of(a + mark, b)));
    }

    private static Gen<Block> list() {
        Gen<List<String>> item = lists().of(line()).ofSizeBetween(1, 2);
        return lists().of(item).ofSizeBetween(1, 4).zip(arbitrary().pick("- ", "* ", "1. ", "- [ ] "), (items, marker) -> {
            List<String> written = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String indent = i % 2 == 1 ? "  " : "";
                List<String> lines = items.get(i);
                written.add(indent + marker + lines.get(0));
                for (int j = 1; j < lines.size(); j++) {
                    written.add(indent + " ".repeat(marker.length()) + lines.get(j));
                }
                expected.add(indent + marker + String.join(" ", lines));
            }
            return new Block(written, expected);
        });
    }

    private static Gen<Block> heading() {
        return integers().between(1, 6).zip(line(), arbitrary().pick("", " #", " ###"),
                (level, text, closing) -> Block.same(List.of("#".repeat(level) + " " + text + closing)));
    }

    private static Gen<Block> table() {
        Gen<String> cell = arbitrary().pick("Case", "Agent", "ผู้ขาย", "Người quyết định", "1 day", "30", "",
                "**Damaged** item", "`code \\| pipe`", "{{refund.window.days}} days", "a \\| b");
        Gen<List<String>> cells = lists().of(cell).ofSize(3);
        return lists().of(cells).ofSizeBetween(1, 3).zip(cells, (rows, header) -> {
            List<String> lines = new ArrayList<>();
            lines.add("| " + String.join(" | ", header) + " |");
            lines.add("| --- | :-: | ---: |");
            rows.forEach(row -> lines.add("| " + String.join(" | ", row) + " |"));
            return Block.same(lines);
        });
    }

    /** Blocks that are not translated and come back exactly as written. */
    private static Gen<Block> kept() {
        return arbitrary().pick(
                Block.same(List.of("```java", "String s = \"*not* {{translated}}\";", "# not a heading", "```")),
                Block.same(List.of("~~~", "- not a list item", "~~~")),
                Block.same(List.of("    indented code with **stars**")),
                Block.same(List.of("---")),
                Block.same(List.of("<div class=\"note\">", "Raw <b>HTML</b> block", "</div>")),
                Block.same(List.of("<!-- a comment", "over lines -->")),
                Block.same(List.of("{{refund.window.days}} 30 60")));
    }
}
