package dev.launchdesk.sop.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The plain text of SOP Markdown, as the index and the snippets see it: markup gone (heading hashes,
 * emphasis stars, link and image addresses, table pipes), one block per paragraph. Raw HTML in the Markdown stays
 * literal text; snippets escape it.
 */
final class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(LinkTextOnly::new)
            .build();

    private MarkdownText() {
    }

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(canonical(markdown))).strip();
    }

    /**
     * Unicode NFC, so that a letter typed as base + combining mark (common for Vietnamese tone marks)
     * is the same text as the precomposed letter. Used for documents and queries alike.
     */
    static String canonical(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Links and images as their text alone: the address is not something an agent searches for. */
    private record LinkTextOnly(TextContentNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
