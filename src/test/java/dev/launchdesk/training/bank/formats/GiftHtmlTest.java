package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A GIFT question written in [html] arrives as Markdown, and no markup of it survives. */
class GiftHtmlTest {

    @Test
    void paragraphsEmphasisLinksAndListsBecomeMarkdown() {
        assertThat(GiftHtml.toMarkdown("<p>Read <a href=\"https://sop.example/rfd#window\">the <em>refund</em> window</a>.</p>"
                + "<p>Then:<ul><li>check the <b>date</b></li><li>use <code>RFD-15</code></li></ul></p>"))
                .isEqualTo("Read [the *refund* window](https://sop.example/rfd#window).\n\nThen:\n\n- check the **date**\n- use `RFD-15`")
                .as("paragraphs as Markdown paragraphs: a blank line between them");
    }

    @Test
    void scriptsStylesAndUnsafeLinksAreDroppedAndReferencesDecoded() {
        assertThat(GiftHtml.toMarkdown("<style>p{color:red}</style><script>alert('x')</script><a href=\"javascript:alert(1)\">click</a>"
                + " &lt;b&gt; &amp; &#3588;&#x0E37;&nbsp;<img src=x onerror=alert(1)>done"))
                .isEqualTo("click <b> & คื\u00a0done");
    }
}
