package dev.launchdesk.sop.translation;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.launchdesk.sop.translation.InlineMarkup.Node;
import dev.launchdesk.sop.translation.InlineMarkup.Placeholder;
import dev.launchdesk.sop.translation.InlineMarkup.Span;
import dev.launchdesk.sop.translation.InlineMarkup.Text;
import dev.launchdesk.sop.translation.TranslationJob.JobSegment;

/**
 * Writes a {@link TranslationJob} as an XLIFF 2.0 document, valid against the OASIS core schema.
 *
 * <p>One {@code <file>} per SOP version ({@code id} = version id, {@code original} = SOP key,
 * {@code canResegment="no"}, {@code xml:space="preserve"}); one {@code <unit>} per segment ({@code id} =
 * segment id) with one {@code <segment>}. Unit notes tell the translator where the text is (category
 * {@code location}) and carry the source's fingerprint (category {@code fingerprint}) for the import's
 * staleness check. Inline codes are {@code <ph>} and {@code <pc>} elements whose Markdown is in
 * {@code <originalData>}; {@code {{parameters}}} are {@code <ph type="ui" subType="xlf:var" canDelete="no">}.
 * Characters XML cannot carry become {@code <cp hex="..."/>}.
 */
public class XliffExport {

    static final String FINGERPRINT_CATEGORY = "fingerprint";
    static final String LOCATION_CATEGORY = "location";

    public String export(TranslationJob job) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            write(job, new Writer(xml));
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to a string failed", e);
        }
        return out.toString();
    }

    private void write(TranslationJob job, Writer w) throws XMLStreamException {
        XMLStreamWriter xml = w.xml;
        xml.writeStartDocument("UTF-8", "1.0");
        w.newline(0);
        xml.writeStartElement("", "xliff", XliffSchema.NAMESPACE);
        xml.writeDefaultNamespace(XliffSchema.NAMESPACE);
        xml.writeAttribute("version", "2.0");
        xml.writeAttribute("srcLang", job.srcLang());
        xml.writeAttribute("trgLang", job.trgLang());
        w.newline(1);
        xml.writeStartElement(XliffSchema.NAMESPACE, "file");
        xml.writeAttribute("id", job.versionId());
        xml.writeAttribute("original", Writer.attributeSafe(job.sopKey()));
        xml.writeAttribute("canResegment", "no");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        w.notes(2, List.of(new Note("sop", "SOP " + job.sopKey() + ", regional variant " + job.variantId()
                + ", version " + job.versionId())));
        for (JobSegment segment : job.segments()) {
            unit(segment, w);
        }
        w.newline(1);
        xml.writeEndElement();
        w.newline(0);
        xml.writeEndElement();
        w.newline(0);
        xml.writeEndDocument();
    }

    private void unit(JobSegment job, Writer w) throws XMLStreamException {
        XMLStreamWriter xml = w.xml;
        SopSegment segment = job.segment();
        List<Node> source = InlineMarkup.parse(segment.source());
        w.newline(2);
        xml.writeStartElement(XliffSchema.NAMESPACE, "unit");
        xml.writeAttribute("id", segment.id());
        w.notes(3, List.of(new Note(LOCATION_CATEGORY, location(segment)), new Note(FINGERPRINT_CATEGORY, segment.fingerprint())));
        originalData(InlineMarkup.codesById(source), w);
        w.newline(3);
        xml.writeStartElement(XliffSchema.NAMESPACE, "segment");
        xml.writeAttribute("state", job.state().xliffValue());
        w.newline(4);
        xml.writeStartElement(XliffSchema.NAMESPACE, "source");
        w.inline(source);
        xml.writeEndElement();
        if (job.existingTarget() != null) {
            w.newline(4);
            xml.writeStartElement(XliffSchema.NAMESPACE, "target");
            w.inline(matchedToSource(InlineMarkup.parse(job.existingTarget()), source));
            xml.writeEndElement();
        }
        w.newline(3);
        xml.writeEndElement();
        w.newline(2);
        xml.writeEndElement();
    }

    private static String location(SopSegment segment) {
        if (segment.kind() == SopSegment.Kind.CONTRIBUTED) {
            return segment.section();
        }
        String kind = switch (segment.kind()) {
            case HEADING -> "heading";
            case PARAGRAPH -> "paragraph";
            case LIST_ITEM -> "list item";
            case TABLE_CELL -> "table cell";
            case CONTRIBUTED -> throw new IllegalStateException("handled above");
        };
        return "Section \"" + segment.section() + "\", " + kind;
    }

    private void originalData(Map<String, Node> codes, Writer w) throws XMLStreamException {
        if (codes.isEmpty()) {
            return;
        }
        XMLStreamWriter xml = w.xml;
        w.newline(3);
        xml.writeStartElement(XliffSchema.NAMESPACE, "originalData");
        for (Node code : codes.values()) {
            if (code instanceof Placeholder ph) {
                w.data(Codes.dataRef(ph.id()), ph.original());
            } else if (code instanceof Span pc) {
                w.data(Codes.dataRefStart(pc.id()), pc.start());
                w.data(Codes.dataRefEnd(pc.id()), pc.end());
            }
        }
        w.newline(3);
        xml.writeEndElement();
    }

    /**
     * A previous translation's codes take the ids of the same codes in the source (same kind and Markdown, first
     * unused one); a code the source does not have stays in the target as plain Markdown text.
     */
    static List<Node> matchedToSource(List<Node> target, List<Node> source) {
        List<Node> sourceCodes = new ArrayList<>(InlineMarkup.codesById(source).values());
        return matched(target, sourceCodes, new HashSet<>());
    }

    private static List<Node> matched(List<Node> target, List<Node> sourceCodes, Set<String> used) {
        List<Node> out = new ArrayList<>();
        for (Node node : target) {
            if (node instanceof Text) {
                out.add(node);
            } else if (node instanceof Placeholder ph) {
                String id = sameCode(ph, sourceCodes, used);
                out.add(id == null ? new Text(ph.original()) : new Placeholder(id, ph.kind(), ph.original()));
            } else if (node instanceof Span pc) {
                String id = sameCode(pc, sourceCodes, used);
                List<Node> content = matched(pc.content(), sourceCodes, used);
                if (id == null) {
                    out.add(new Text(pc.start()));
                    out.addAll(content);
                    out.add(new Text(pc.end()));
                } else {
                    out.add(new Span(id, pc.kind(), pc.start(), pc.end(), content));
                }
            }
        }
        return out;
    }

    private static String sameCode(Node code, List<Node> sourceCodes, Set<String> used) {
        for (Node candidate : sourceCodes) {
            if (code instanceof Placeholder ph && candidate instanceof Placeholder c
                    && c.kind() == ph.kind() && c.original().equals(ph.original()) && used.add(c.id())) {
                return c.id();
            }
            if (code instanceof Span pc && candidate instanceof Span c
                    && c.kind() == pc.kind() && c.start().equals(pc.start()) && c.end().equals(pc.end()) && used.add(c.id())) {
                return c.id();
            }
        }
        return null;
    }

    private record Note(String category, String text) {
    }

    /** Indentation between structural elements, inline content and the characters XML cannot carry. */
    private static final class Writer {
        private final XMLStreamWriter xml;

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }

        void notes(int depth, List<Note> notes) throws XMLStreamException {
            newline(depth);
            xml.writeStartElement(XliffSchema.NAMESPACE, "notes");
            for (Note note : notes) {
                newline(depth + 1);
                xml.writeStartElement(XliffSchema.NAMESPACE, "note");
                xml.writeAttribute("category", note.category());
                xml.writeCharacters(attributeSafe(note.text()));
                xml.writeEndElement();
            }
            newline(depth);
            xml.writeEndElement();
        }

        void data(String id, String original) throws XMLStreamException {
            newline(4);
            xml.writeStartElement(XliffSchema.NAMESPACE, "data");
            xml.writeAttribute("id", id);
            text(original);
            xml.writeEndElement();
        }

        void inline(List<Node> nodes) throws XMLStreamException {
            for (Node node : nodes) {
                if (node instanceof Text t) {
                    text(t.text());
                } else if (node instanceof Placeholder ph) {
                    xml.writeEmptyElement(XliffSchema.NAMESPACE, "ph");
                    xml.writeAttribute("id", ph.id());
                    xml.writeAttribute("dataRef", Codes.dataRef(ph.id()));
                    Codes.attributesOf(ph).forEach(this::attribute);
                } else if (node instanceof Span pc) {
                    xml.writeStartElement(XliffSchema.NAMESPACE, "pc");
                    xml.writeAttribute("id", pc.id());
                    xml.writeAttribute("dataRefStart", Codes.dataRefStart(pc.id()));
                    xml.writeAttribute("dataRefEnd", Codes.dataRefEnd(pc.id()));
                    Codes.attributesOf(pc).forEach(this::attribute);
                    inline(pc.content());
                    xml.writeEndElement();
                }
            }
        }

        private void attribute(String name, String value) {
            try {
                xml.writeAttribute(name, attributeSafe(value));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Text with {@code <cp>} for every character XML 1.0 cannot carry (and for CR, which parsers turn into LF). */
        void text(String text) throws XMLStreamException {
            int plainFrom = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (!Codes.isXmlChar(cp) || cp == '\r') {
                    xml.writeCharacters(text.substring(plainFrom, i));
                    xml.writeEmptyElement(XliffSchema.NAMESPACE, "cp");
                    xml.writeAttribute("hex", String.format("%04X", cp));
                    plainFrom = next;
                }
                i = next;
            }
            xml.writeCharacters(text.substring(plainFrom));
        }

        /**
         * Attribute values and notes cannot hold {@code <cp>}: a line break or tab becomes a space (parsers would
         * do that to an attribute anyway), another character XML cannot carry becomes U+FFFD.
         */
        static String attributeSafe(String value) {
            StringBuilder safe = new StringBuilder(value.length());
            value.codePoints().forEach(cp -> safe.appendCodePoint(
                    cp == '\r' || cp == '\n' || cp == '\t' ? ' ' : Codes.isXmlChar(cp) ? cp : 0xFFFD));
            return safe.toString();
        }
    }
}
