package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.launchdesk.sop.translation.InlineMarkup.CodeKind;
import dev.launchdesk.sop.translation.InlineMarkup.Node;
import dev.launchdesk.sop.translation.InlineMarkup.Placeholder;
import dev.launchdesk.sop.translation.InlineMarkup.Span;
import dev.launchdesk.sop.translation.InlineMarkup.Text;

class InlineMarkupTest {

    @Test
    void parametersCodeAndLinksAreProtectedAndLinkTextIsTranslatable() {
        List<Node> nodes = InlineMarkup.parse("Within {{refund.window.days}} days, see **[late refunds](https://x.example/late)** or `REF-1`.");

        assertThat(nodes).containsExactly(
                new Text("Within "),
                new Placeholder("1", CodeKind.PARAMETER, "{{refund.window.days}}"),
                new Text(" days, see "),
                new Span("2", CodeKind.STRONG, "**", "**", List.of(
                        new Span("3", CodeKind.LINK, "[", "](https://x.example/late)", List.of(new Text("late refunds"))))),
                new Text(" or "),
                new Placeholder("4", CodeKind.CODE, "`REF-1`"),
                new Text("."));
    }

    @Test
    void imagesAutolinksHtmlAndReferenceLinks() {
        List<Node> nodes = InlineMarkup.parse("![Flow](f.png) <https://a.example> <kbd>Ctrl</kbd> [guide][g]");

        assertThat(nodes).containsExactly(
                new Span("1", CodeKind.IMAGE, "![", "](f.png)", List.of(new Text("Flow"))),
                new Text(" "),
                new Placeholder("2", CodeKind.AUTOLINK, "<https://a.example>"),
                new Text(" "),
                new Placeholder("3", CodeKind.HTML, "<kbd>"),
                new Text("Ctrl"),
                new Placeholder("4", CodeKind.HTML, "</kbd>"),
                new Text(" "),
                new Span("5", CodeKind.LINK, "[", "][g]", List.of(new Text("guide"))));
    }

    @Test
    void delimitersThatDoNotOpenOrCloseStayText() {
        assertThat(InlineMarkup.parse("2 * 3 * 4 and snake_case_name and \\*literal\\* and **open"))
                .containsExactly(new Text("2 * 3 * 4 and snake_case_name and \\*literal\\* and **open"));
        assertThat(InlineMarkup.parse("`unclosed code and {{ not closed")).containsExactly(new Text("`unclosed code and {{ not closed"));
        assertThat(InlineMarkup.parse("*a `*` b*")).containsExactly(
                new Span("1", CodeKind.EMPHASIS, "*", "*", List.of(new Text("a "), new Placeholder("2", CodeKind.CODE, "`*`"), new Text(" b"))));
    }

    @Test
    void emphasisStrongAndStrikethroughAreSpansOfTheirKindAsCommonMarkReadsThem() {
        // commonmark-java 0.32 (+ GFM strikethrough) renders: <em>a</em> <strong>b</strong> <em><strong>c</strong></em>
        // <del>d</del>, and keeps "~e~" (one tilde is text here) and "****f****" (four delimiters) as text
        assertThat(InlineMarkup.parse("*a* **b** ***c*** ~~d~~ ~e~ ****f****")).containsExactly(
                new Span("1", CodeKind.EMPHASIS, "*", "*", List.of(new Text("a"))),
                new Text(" "),
                new Span("2", CodeKind.STRONG, "**", "**", List.of(new Text("b"))),
                new Text(" "),
                new Span("3", CodeKind.STRONG, "***", "***", List.of(new Text("c"))),
                new Text(" "),
                new Span("4", CodeKind.STRIKETHROUGH, "~~", "~~", List.of(new Text("d"))),
                new Text(" ~e~ ****f****"));
        assertThat(InlineMarkup.parse("_a_ and __b__ in x_y_ or _z_9")).containsExactly(
                new Span("1", CodeKind.EMPHASIS, "_", "_", List.of(new Text("a"))),
                new Text(" and "),
                new Span("2", CodeKind.STRONG, "__", "__", List.of(new Text("b"))),
                new Text(" in x_y_ or _z_9"));
    }

    @Test
    void hardLineBreaksAreCodesWithTheNextLinesPrefix() {
        assertThat(InlineMarkup.parse("one  \n> two")).containsExactly(
                new Text("one"), new Placeholder("1", CodeKind.LINE_BREAK, "  \n> "), new Text("two"));
    }

    @Test
    void onlyTextWithLettersIsTranslatable() {
        assertThat(InlineMarkup.hasTranslatableText(InlineMarkup.parse("{{a.b}} 30 `code` ---"))).isFalse();
        assertThat(InlineMarkup.hasTranslatableText(InlineMarkup.parse("**ภายใน**"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "***x***", "**a *b** c*", "[a [b](c) d](e)", "[x](a (b) c)", "![](x)", "``a`b``",
            "<!-- c -->", "*", "____", "~~~x~~~", "[x](unclosed", "a\\", "{{}}", "**{{x}}**", "\u0007\uFFFE"})
    void cuttingIsLossless(String markdown) {
        assertThat(InlineMarkup.markdown(InlineMarkup.parse(markdown))).isEqualTo(markdown);
    }
}
