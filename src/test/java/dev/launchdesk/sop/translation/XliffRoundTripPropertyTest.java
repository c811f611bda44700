package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 250)
    void segmentExportImportReassembleGivesTheDocumentBack(@ForAll("documents") Doc doc) throws Exception {
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

    @Provide
    Arbitrary<Doc> documents() {
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n");
        Arbitrary<List<Block>> blocks = block().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(blocks, eol).as(XliffRoundTripPropertyTest::document);
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

    private Arbitrary<Block> block() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, paragraph("", "")),
                net.jqwik.api.Tuple.of(2, paragraph("> ", "> ")),
                net.jqwik.api.Tuple.of(3, list()),
                net.jqwik.api.Tuple.of(3, heading()),
                net.jqwik.api.Tuple.of(2, table()),
                net.jqwik.api.Tuple.of(1, hardBreak()),
                net.jqwik.api.Tuple.of(1, kept()));
    }

    /** Inline Markdown: words in several scripts, emphasis, links, parameters, code, characters XML must escape. */
    private static Arbitrary<String> token() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of("refund", "seller", "hoàn", "tiền", "người", "mua", "pengembalian",
                        "dana", "penjual", "คืนเงิน", "ผู้ขาย", "ภายใน", "days", "e-mail", "12.12", "30", "Rp50.000", "😀")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of("**within one day**", "*policy owner*", "__bold__", "_em_", "~~old~~",
                        "***both***", "`REF-LATE`", "``a ` b``", "{{refund.window.days}}", "{{refund.auto_approve.limit}}",
                        "[late refunds](https://help.example.com/late \"Late\")", "![flow](img/flow.png)", "[ref link][r1]",
                        "<https://desk.example.com>", "<kbd>Ctrl</kbd>", "<br/>", "**[bold link](x.html)**",
                        "*em with {{p.q}} inside*")),
                net.jqwik.api.Tuple.of(5, Arbitraries.of("x < y & z", "\"quoted\"", "it's", "a_b_c", "2 * 3", "C#", "\\*not em\\*",
                        "**unclosed", "`unclosed", "[not a link]", "{single}", "]]>", "tab\there", "bell\u0007", "\uFFFE", "&amp;")));
    }

    private static Arbitrary<String> line() {
        return token().list().ofMinSize(1).ofMaxSize(6).map(words -> "start " + String.join(" ", words));
    }

    private static Arbitrary<Block> paragraph(String prefix, String continuation) {
        return line().list().ofMinSize(1).ofMaxSize(3).map(lines -> {
            List<String> written = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                written.add((i == 0 ? prefix : continuation) + lines.get(i));
            }
            return new Block(written, List.of(prefix + String.join(" ", lines)));
        });
    }

    private static Arbitrary<Block> hardBreak() {
        return Combinators.combine(line(), line(), Arbitraries.of("  ", "\\")).as((a, b, mark) ->
                Block.same(List.of(a + mark, b)));
    }

    private static Arbitrary<Block> list() {
        Arbitrary<List<String>> item = line().list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(item.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("- ", "* ", "1. ", "- [ ] ")).as((items, marker) -> {
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

    private static Arbitrary<Block> heading() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), line(), Arbitraries.of("", " #", " ###"))
                .as((level, text, closing) -> Block.same(List.of("#".repeat(level) + " " + text + closing)));
    }

    private static Arbitrary<Block> table() {
        Arbitrary<String> cell = Arbitraries.of("Case", "Agent", "ผู้ขาย", "Người quyết định", "1 day", "30", "",
                "**Damaged** item", "`code \\| pipe`", "{{refund.window.days}} days", "a \\| b");
        return Combinators.combine(cell.list().ofSize(3).list().ofMinSize(1).ofMaxSize(3), cell.list().ofSize(3)).as((rows, header) -> {
            List<String> lines = new ArrayList<>();
            lines.add("| " + String.join(" | ", header) + " |");
            lines.add("| --- | :-: | ---: |");
            rows.forEach(row -> lines.add("| " + String.join(" | ", row) + " |"));
            return Block.same(lines);
        });
    }

    /** Blocks that are not translated and come back exactly as written. */
    private static Arbitrary<Block> kept() {
        return Arbitraries.of(
                Block.same(List.of("```java", "String s = \"*not* {{translated}}\";", "# not a heading", "```")),
                Block.same(List.of("~~~", "- not a list item", "~~~")),
                Block.same(List.of("    indented code with **stars**")),
                Block.same(List.of("---")),
                Block.same(List.of("<div class=\"note\">", "Raw <b>HTML</b> block", "</div>")),
                Block.same(List.of("<!-- a comment", "over lines -->")),
                Block.same(List.of("{{refund.window.days}} 30 60")));
    }
}
