package dev.launchdesk.sop.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class SopMarkdownTest {

    @Test
    void escapesRawHtml() {
        String html = SopMarkdown.toHtml("""
                Hello <script>alert('x')</script>

                <img src=x onerror="alert(1)">

                <div onclick="steal()">block</div>
                """);

        assertThat(html).doesNotContain("<script", "<img", "<div");
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    }

    @Test
    void dropsJavascriptAndDataLinks() {
        String html = SopMarkdown.toHtml("""
                [click](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [spaced]( javascript:alert(1))
                [entity](jav&#x61;script:alert(1)) <javascript:alert(2)> [data](data:text/html;base64,PHNjcmlwdD4=)
                ![pic](javascript:alert(3)) [ref][r]

                [r]: javascript:alert(4)
                """);

        assertThat(html).doesNotContain("href=\"javascript", "href=\"JAVASCRIPT", "href=\"jav", "src=\"javascript", "data:text");
        assertThat(html).contains("<a rel=\"nofollow\" href=\"\">click</a>", "<a rel=\"nofollow\" href=\"\">ref</a>",
                "<a rel=\"nofollow\" href=\"\">javascript:alert(2)</a>", "<img src=\"\" alt=\"pic\" />");
    }

    @Test
    void keepsEmbeddedImages() {
        assertThat(SopMarkdown.toHtml("![screenshot](data:image/png;base64,iVBORw0KGgo=)")).contains("src=\"data:image/png;base64,iVBORw0KGgo=\"");
    }

    @Test
    void keepsWebMailAndRelativeLinks() {
        String html = SopMarkdown.toHtml("[policy](https://seller.example.com/policy) [mail](mailto:ops@example.com) [section](#scope)");

        assertThat(html).contains("href=\"https://seller.example.com/policy\"", "href=\"mailto:ops@example.com\"", "href=\"#scope\"");
    }

    @Test
    void rendersGfmTables() {
        String html = SopMarkdown.toHtml("""
                | Order value | Refund by |
                | --- | ---: |
                | under 500 THB | agent |
                """);

        assertThat(html).contains("<table>", "<th>Order value</th>", "<td align=\"right\">agent</td>");
    }

    @Test
    void resolvesKnownParametersAndNamesUnknownOnesOnce() {
        ResolvedMarkdown resolved = SopMarkdown.resolve(
                "Refund within {{refund.window.days}} days, up to {{refund.cap.amount}}; see {{ escalation.team }} and {{refund.cap.amount}}.",
                Map.of("refund.window.days", "7"));

        assertThat(resolved.markdown()).isEqualTo(
                "Refund within 7 days, up to {{refund.cap.amount}}; see {{ escalation.team }} and {{refund.cap.amount}}.");
        assertThat(resolved.unknownParameters()).containsExactly("refund.cap.amount", "escalation.team");
        assertThat(resolved.complete()).isFalse();
    }

    @Test
    void aParameterWithoutValueIsUnknown() {
        Map<String, String> values = new HashMap<>();
        values.put("refund.window.days", null);

        assertThat(SopMarkdown.resolve("{{refund.window.days}}", values).unknownParameters()).containsExactly("refund.window.days");
        assertThat(SopMarkdown.resolve("no parameters", Map.of()).complete()).isTrue();
        assertThat(SopMarkdown.resolve(null, Map.of()).markdown()).isEmpty();
    }

    @Test
    void valuesAreInsertedAsTextAndStillEscaped() {
        ResolvedMarkdown resolved = SopMarkdown.resolve("Cap: {{refund.cap.amount}}", Map.of("refund.cap.amount", "<b>500</b> & $1"));

        assertThat(resolved.markdown()).isEqualTo("Cap: <b>500</b> & $1");
        assertThat(SopMarkdown.toHtml(resolved.markdown())).contains("&lt;b&gt;500&lt;/b&gt; &amp; $1");
    }

    @Test
    void marksUnresolvedPlaceholdersButNotInCode() {
        String html = SopMarkdown.toHtml("""
                Refund within **{{refund.window.days}}** days or {{refund.other}}.

                `{{refund.window.days}}`

                ```
                {{refund.window.days}}
                ```
                """);

        assertThat(html).contains("<strong><mark class=\"unresolved-parameter\" data-parameter=\"refund.window.days\">"
                + "{{refund.window.days}}</mark></strong> days or <mark class=\"unresolved-parameter\" data-parameter=\"refund.other\">");
        assertThat(html).contains("<code>{{refund.window.days}}</code>", "<pre><code>{{refund.window.days}}\n</code></pre>");
    }

    @Test
    void placeholderSyntaxMatchesSopParameters() {
        List<String> samples = List.of("{{refund.window.days}}", "{{ refund.window.days }}", "{{refund}}", "{{Refund.days}}",
                "{{refund.}}", "{{refund.window-days}}", "{{a_b.c_1}}", "{{1a.b}}", "{{a.b}", "{ {a.b}}", "{{{a.b}}}");
        for (String sample : samples) {
            List<String> ours = UnresolvedParameters.PLACEHOLDER.matcher(sample).results().map(m -> m.group(1)).toList();
            assertThat(ours).as(sample).containsExactlyElementsOf(SopParameters.used(sample));
        }
    }

    @Test
    void outlineAnchorsMatchTheRenderedIdsAndAreStable() {
        String markdown = """
                # Returns & refunds
                ## Scope
                ## Steps for `RET-01`
                ### Scope
                ## การคืนเงิน (Thai)
                ## Bước 2: Hoàn tiền
                ## !!!
                Setext *heading*
                ---
                """;

        RenderedMarkdown rendered = SopMarkdown.render(markdown);

        assertThat(rendered.outline()).containsExactly(
                new SectionHeading(1, "Returns & refunds", "returns--refunds"),
                new SectionHeading(2, "Scope", "scope"),
                new SectionHeading(2, "Steps for RET-01", "steps-for-ret-01"),
                new SectionHeading(3, "Scope", "scope-1"),
                new SectionHeading(2, "การคืนเงิน (Thai)", "การคืนเงิน-thai"),
                new SectionHeading(2, "Bước 2: Hoàn tiền", "bước-2-hoàn-tiền"),
                new SectionHeading(2, "!!!", "section"),
                new SectionHeading(2, "Setext heading", "setext-heading"));
        for (SectionHeading heading : rendered.outline()) {
            assertThat(rendered.html()).contains("id=\"" + heading.anchor() + "\"");
        }
        assertThat(SopMarkdown.render(markdown)).isEqualTo(rendered);
    }

    @Test
    void prefixesAnchorsAndRenumbersHeadingsFromTheTopLevel() {
        RenderedMarkdown fromH1 = SopMarkdown.render("# Scope\n### Detail\n###### Deep", "ret-01--", 2);
        RenderedMarkdown fromH3 = SopMarkdown.render("### Scope\n#### Detail", "ret-01--", 2);

        assertThat(fromH1.html()).contains("<h2 id=\"ret-01--scope\">Scope</h2>", "<h4 id=\"ret-01--detail\">Detail</h4>",
                "<h6 id=\"ret-01--deep\">Deep</h6>");
        assertThat(fromH1.outline()).extracting(SectionHeading::level).containsExactly(1, 3, 6);
        assertThat(fromH3.html()).contains("<h2 id=\"ret-01--scope\">Scope</h2>", "<h3 id=\"ret-01--detail\">Detail</h3>");
        assertThat(SopMarkdown.render("## Scope").html()).contains("<h2 id=\"scope\">");
    }

    @Test
    void unclosedFencesAndStrayMarkupStillRender() {
        String html = SopMarkdown.toHtml("""
                # Steps
                ```java
                never closed <script>
                # not a heading
                """);

        assertThat(html).contains("<h1 id=\"steps\">Steps</h1>", "<pre><code class=\"language-java\">never closed &lt;script&gt;\n# not a heading\n</code></pre>");
        assertThat(SopMarkdown.outline("**bold *em [link](x `code")).isEmpty();
        assertThat(SopMarkdown.toHtml("| a |\n| -- |\n| b | c | d |")).contains("<table>");
        assertThat(SopMarkdown.toHtml(null)).isEmpty();
    }

    @Test
    void deeplyNestedListsAndQuotesRender() {
        StringBuilder nested = new StringBuilder();
        for (int depth = 0; depth < 500; depth++) {
            nested.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        String quotes = ">".repeat(5_000) + " deep";

        assertThat(SopMarkdown.toHtml(nested.toString())).contains("level 499");
        assertThat(SopMarkdown.toHtml(quotes)).contains("deep");
    }

    @Test
    void rendersAMegabyteOfText() {
        String section = "## Step {n}\nCheck the order, then refund **{{refund.window.days}}** days [link](https://example.com).\n\n";
        StringBuilder text = new StringBuilder();
        for (int n = 0; text.length() < 1_048_576; n++) {
            text.append(section.replace("{n}", Integer.toString(n)));
        }

        RenderedMarkdown rendered = SopMarkdown.render(text.toString());

        assertThat(rendered.outline()).hasSizeGreaterThan(10_000);
        assertThat(rendered.outline().get(10_000).anchor()).isEqualTo("step-10000");
    }

    @Test
    void outputIsWellFormedXmlEvenForControlCharacters() throws Exception {
        String html = SopMarkdown.toHtml("Bell \u0007 form feed \u000C nul \u0000 lone \uD800 surrogate & <br> 😀\n\n---\n\nline  \nbreak ![img](a.png)");

        assertThat(html).contains("Bell \uFFFD", "😀", "<hr />", "<br />");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader("<div>" + html + "</div>")));
    }
}
