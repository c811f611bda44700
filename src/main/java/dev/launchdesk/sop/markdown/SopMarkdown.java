package dev.launchdesk.sop.markdown;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * SOP Markdown: CommonMark with GFM tables, rendered to safe HTML.
 * <ul>
 * <li>raw HTML in the Markdown is shown as text, never passed through;</li>
 * <li>link URLs other than http, https, mailto and relative ones are dropped (no {@code javascript:} or
 * {@code data:}); images may also be {@code data:} URLs;</li>
 * <li>headings carry stable {@code id}s, made by the heading-anchor extension's {@code IdGenerator}, and the
 * same ids come back in the outline;</li>
 * <li>a policy placeholder left unresolved, such as {@code {{refund.window.days}}}, is shown in a
 * {@code <mark class="unresolved-parameter">} so a reader sees it;</li>
 * <li>the output is well-formed XML: characters XML forbids (most C0 controls, lone surrogates) become U+FFFD.</li>
 * </ul>
 * Any input renders; CommonMark has no syntax errors. All methods are thread-safe.
 */
public final class SopMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .postProcessor(new UnresolvedParameters())
            .build();

    private static final SopUrls URLS = new SopUrls();

    private SopMarkdown() {
    }

    /** Substitutes the policy parameters the text uses; names without a value are reported, and stay in the text. */
    public static ResolvedMarkdown resolve(String markdown, Map<String, String> values) {
        String text = markdown == null ? "" : markdown;
        List<String> unknown = SopParameters.used(text).stream().filter(name -> values.get(name) == null).toList();
        return new ResolvedMarkdown(SopParameters.resolve(text, values), unknown);
    }

    /** The HTML of the Markdown, headings anchored by their own text. */
    public static String toHtml(String markdown) {
        return render(markdown).html();
    }

    /** The headings of the Markdown with the anchors {@link #toHtml(String)} gives them. */
    public static List<SectionHeading> outline(String markdown) {
        return render(markdown).outline();
    }

    /** The HTML and the outline, headings at the levels written. */
    public static RenderedMarkdown render(String markdown) {
        return render(markdown, "", 0);
    }

    /**
     * Renders for a page that holds more than this text.
     *
     * @param anchorPrefix put before every heading id, so that several SOPs in one page keep unique ids
     * @param topLevel     the HTML level (1 to 6) of the text's highest heading, so that an SOP's sections sit under
     *                     the page's own {@code h1} whether they start at {@code #} or {@code ##}; the others keep their
     *                     distance to it, down to {@code h6}. The outline keeps the levels as written.
     */
    public static RenderedMarkdown render(String markdown, String anchorPrefix, int topLevel) {
        Node document = PARSER.parse(XmlSafeText.of(markdown == null ? "" : markdown));
        Map<Heading, String> ids = new IdentityHashMap<>();
        List<SectionHeading> outline = HeadingAnchors.assign(document, anchorPrefix == null ? "" : anchorPrefix, ids);
        if (topLevel > 0) {
            HeadingAnchors.renumber(ids.keySet(), topLevel);
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(URLS)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading heading && ids.containsKey(heading)) {
                        attributes.put("id", ids.get(heading));
                    }
                })
                .nodeRendererFactory(UnresolvedParameters.Renderer::new)
                .build();
        return new RenderedMarkdown(renderer.render(document), outline);
    }
}
