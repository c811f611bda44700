package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.translation.SopSegment.Kind;

class SopSegmenterTest {

    private static List<String> ids(String markdown) {
        return SopSegmenter.segment(markdown).segments().stream().map(SopSegment::id).toList();
    }

    @Test
    void cutsTheRefundSopIntoHeadingsParagraphsListItemsAndTableCells() {
        SegmentedSop sop = SopSegmenter.segment(SopFixtures.refundSop());

        assertThat(sop.segments()).extracting(SopSegment::id).containsExactly(
                "_intro.p1",
                "refund-window.h", "refund-window.p1", "refund-window.p2",
                "steps.h", "steps.li1", "steps.li2", "steps.li3", "steps.li4", "steps.li5",
                "steps.t1r1c1", "steps.t1r1c2", "steps.t1r1c3",
                "steps.t1r2c1", "steps.t1r2c2", "steps.t1r2c3",
                "steps.t1r3c1", "steps.t1r3c2", "steps.t1r3c3",
                "escalation.h", "escalation.p1", "escalation.p2");
        assertThat(sop.segment("steps.li2").orElseThrow()).satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.LIST_ITEM);
            assertThat(s.section()).isEqualTo("Steps");
            assertThat(s.source()).isEqualTo("Compare it with {{refund.window.days}}; if the request is late, reply with"
                    + " macro `REF-LATE`. Do not promise anything.");
            assertThat(s.fingerprint()).isEqualTo(SopSegment.fingerprint(s.source())).startsWith("sha256:").hasSize(71);
        });
        assertThat(sop.segment("_intro.p1").orElseThrow().section()).isEqualTo("(introduction)");
    }

    @Test
    void theFingerprintIsTheSha256OfTheSourceText() {
        // known answer: sha256("abc") from FIPS 180-2, appendix B.1
        assertThat(SopSegment.fingerprint("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void idsDoNotMoveWhenOtherSectionsOrOtherKindsOfBlockChange() {
        String before = "# Refunds\n\nFirst paragraph.\n\n- item one\n\nSecond paragraph.\n\n# Returns\n\nReturn text.\n";
        String after = "# Intro\n\nNew section.\n\n# Refunds\n\nFirst paragraph.\n\n- item zero\n- item one\n\n"
                + "Second paragraph, edited.\n\n# Returns\n\nNew paragraph.\n\nReturn text.\n";

        SegmentedSop old = SopSegmenter.segment(before);
        SegmentedSop now = SopSegmenter.segment(after);

        assertThat(now.segment("refunds.p1").orElseThrow().fingerprint()).isEqualTo(old.segment("refunds.p1").orElseThrow().fingerprint());
        assertThat(now.segment("refunds.p2").orElseThrow().source()).isEqualTo("Second paragraph, edited.");
        assertThat(now.segment("refunds.p2").orElseThrow().fingerprint()).isNotEqualTo(old.segment("refunds.p2").orElseThrow().fingerprint());
        assertThat(now.segment("refunds.li1").orElseThrow().source()).isEqualTo("item zero");
        assertThat(old.segment("returns.p1").orElseThrow().source()).isEqualTo("Return text.");
        assertThat(now.segment("returns.p1").orElseThrow().source()).isEqualTo("New paragraph.");
    }

    @Test
    void sectionKeysAreAsciiSlugsMadeUnique() {
        assertThat(ids("# Refund window\n## Refund window\n# Hoàn tiền đúng hạn\n# Refund **window** (v2)!\n# 12.12 sale\n"))
                .containsExactly("refund-window.h", "refund-window-2.h", "hoan-tien-dung-han.h", "refund-window-v2.h", "12-12-sale.h");
        String thaiKey = "s" + SopSegment.fingerprint("การคืนเงิน").substring(7, 15);
        assertThat(thaiKey).matches("s[0-9a-f]{8}");
        assertThat(ids("# การคืนเงิน\n\nข้อความ\n")).containsExactly(thaiKey + ".h", thaiKey + ".p1");
        assertThat(ids("Intro text.\n\n# Intro\n\nText.\n")).containsExactly("_intro.p1", "intro.h", "intro.p1");
    }

    @Test
    void codeHtmlRulesAndNumbersAreKeptButNotTranslated() {
        String markdown = """
                ```bash
                echo "Refund the buyer"
                ```

                ~~~
                # not a heading
                ~~~

                    indented code, not text

                <div>
                Raw HTML block
                </div>

                <!-- reviewer note:
                do not translate -->

                ***

                {{refund.window.days}} / 30

                Real text.
                """;

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::id, SopSegment::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("_intro.p1", "Real text."));
        assertThat(sop.reassemble(Map.of("_intro.p1", "Teks asli.")).markdown())
                .isEqualTo(markdown.replace("Real text.", "Teks asli."));
    }

    @Test
    void listsNestedListsTaskItemsAndQuotes() {
        String markdown = "- [ ] Check the order\n  1. Open **Orders**\n  2) Filter by date\n> Quoted line one\n> line two\n";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::kind, SopSegment::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.LIST_ITEM, "Check the order"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIST_ITEM, "Open **Orders**"),
                org.assertj.core.groups.Tuple.tuple(Kind.LIST_ITEM, "Filter by date"),
                org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "Quoted line one line two"));
        assertThat(sop.reassemble(Map.of()).markdown())
                .isEqualTo("- [ ] Check the order\n  1. Open **Orders**\n  2) Filter by date\n> Quoted line one line two\n");
    }

    @Test
    void hardLineBreaksAndCrlfAreKeptExactly() {
        String markdown = "Line one  \r\nline two\\\r\nline three\r\n\r\n| A | B |\r\n|---|---|\r\n| x | y |\r\n";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::source)
                .containsExactly("Line one  \r\nline two\\\r\nline three", "A", "B", "x", "y");
        assertThat(sop.reassemble(Map.of()).markdown()).isEqualTo(markdown);
    }

    @Test
    void tableCellsKeepTheirPipesAndATranslatedPipeIsEscaped() {
        String markdown = "| Case | Note |\n| --- | --- |\n| a \\| b | `x` |\n";
        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::source).containsExactly("Case", "Note", "a \\| b");
        assertThat(sop.reassemble(Map.of("_intro.t1r1c1", "Kasus | jenis", "_intro.t1r2c1", "a \\| b")).markdown())
                .isEqualTo("| Kasus \\| jenis | Note |\n| --- | --- |\n| a \\| b | `x` |\n");
    }

    @Test
    void reassemblyKeepsTheSourceOfMissingTranslationsAndRefusesUnknownIds() {
        SegmentedSop sop = SopSegmenter.segment("# Title\n\nBody text.\n");

        SegmentedSop.Reassembled result = sop.reassemble(Map.of("title.h", "Judul", "title.p1", " "));

        assertThat(result.markdown()).isEqualTo("# Judul\n\nBody text.\n");
        assertThat(result.untranslated()).containsExactly("title.p1");
        assertThatThrownBy(() -> sop.reassemble(Map.of("title.p9", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title.p9");
    }

    @Test
    void anyTextComesBackExactlyWhenNothingIsTranslatedAndNoBlockSpansLines() {
        String markdown = "#Not a heading\n# Heading #\n\t\n  * item\n1. x\n\n| not | a table\ntext | here\n> > deep quote\n\u0007 odd \uFFFE\n";

        assertThat(SopSegmenter.segment(markdown).reassemble(Map.of()).markdown()).isEqualTo(
                "#Not a heading\n# Heading #\n\t\n  * item\n1. x\n\n| not | a table text | here\n> > deep quote \u0007 odd \uFFFE\n");
    }
}
