package dev.launchdesk.sop.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Cuts the placeholders still in the text out of the text nodes, so the renderer can mark them. Code spans and code
 * blocks keep them as plain text; so does an image's alt text.
 */
final class UnresolvedParameters implements PostProcessor {

    /** The placeholder syntax of {@link dev.launchdesk.sop.markdown.SopParameters}; a test keeps the two in step. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\\s*}}");

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Image image) {
                // alt text is an attribute: leave it plain
            }
        });
        texts.forEach(UnresolvedParameters::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = PLACEHOLDER.matcher(literal);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                text.insertBefore(new Text(literal.substring(from, matcher.start())));
            }
            text.insertBefore(new UnresolvedParameter(matcher.group(1), matcher.group()));
            from = matcher.end();
        }
        if (from == 0) {
            return;
        }
        if (from < literal.length()) {
            text.insertBefore(new Text(literal.substring(from)));
        }
        text.unlink();
    }

    /** Writes {@code <mark class="unresolved-parameter" data-parameter="name">{{name}}</mark>}. */
    static final class Renderer implements NodeRenderer {

        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(UnresolvedParameter.class);
        }

        @Override
        public void render(Node node) {
            UnresolvedParameter parameter = (UnresolvedParameter) node;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "unresolved-parameter");
            attributes.put("data-parameter", parameter.name());
            html.tag("mark", attributes);
            html.text(parameter.placeholder());
            html.tag("/mark");
        }
    }
}
