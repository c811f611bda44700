package dev.launchdesk.sop.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Heading ids as the heading-anchor extension makes them (lower case, spaces to dashes, only letters, digits,
 * marks, {@code -} and {@code _} of any script kept, "-1", "-2" for repeats), computed once so the HTML and the
 * outline agree.
 */
final class HeadingAnchors {

    static final String DEFAULT_ID = "section";

    private HeadingAnchors() {
    }

    static List<SectionHeading> assign(Node document, String prefix, Map<Heading, String> ids) {
        IdGenerator generator = IdGenerator.builder().prefix(prefix).defaultId(DEFAULT_ID).build();
        List<SectionHeading> outline = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = textOf(heading);
                String id = generator.generateId(text.toLowerCase(Locale.ROOT));
                ids.put(heading, id);
                outline.add(new SectionHeading(heading.getLevel(), text, id));
            }
        });
        return outline;
    }

    /** Moves all headings by the same amount so that the highest becomes {@code topLevel}; none goes past 6. */
    static void renumber(Collection<Heading> headings, int topLevel) {
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topLevel);
        int by = topLevel - highest;
        headings.forEach(h -> h.setLevel(Math.max(1, Math.min(6, h.getLevel() + by))));
    }

    private static String textOf(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof UnresolvedParameter parameter) {
                    text.append(parameter.placeholder());
                }
                visitChildren(node);
            }
        });
        return text.toString().strip();
    }
}
