package dev.launchdesk.sop.translation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XML document read by a hardened parser that validates while it reads, kept as a small tree whose
 * elements remember their line and column.
 *
 * <p>Hardening: a DOCTYPE is a fatal error (so no DTD, no entity declarations: no XXE, no billion laughs), no
 * external DTD, entity or schema is ever loaded, XInclude is off, secure processing is on with the JDK's
 * limits, and elements may not nest deeper than {@value #MAX_DEPTH}.
 */
final class XmlTree {

    static final int MAX_DEPTH = 64;
    private static final int MAX_SCHEMA_ERRORS = 50;

    record Element(String namespace, String name, Map<String, String> attributes, List<Object> children, int line, int column) {

        /** A no-namespace attribute. */
        Optional<String> attribute(String local) {
            return Optional.ofNullable(attributes.get(local));
        }

        List<Element> elements(String local) {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast)
                    .filter(e -> XliffSchema.NAMESPACE.equals(e.namespace()) && e.name().equals(local)).toList();
        }

        Optional<Element> element(String local) {
            return elements(local).stream().findFirst();
        }

        /** Every XLIFF element named {@code local} below this one, in document order. */
        List<Element> descendants(String local) {
            List<Element> found = new ArrayList<>();
            for (Object child : children) {
                if (child instanceof Element e) {
                    if (XliffSchema.NAMESPACE.equals(e.namespace()) && e.name().equals(local)) {
                        found.add(e);
                    }
                    found.addAll(e.descendants(local));
                }
            }
            return found;
        }

        /** The {@code xml:space} attribute, if the element has one. */
        Optional<String> space() {
            return Optional.ofNullable(attributes.get("{" + XMLConstants.XML_NS_URI + "}space"));
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (Object child : children) {
                if (child instanceof String s) {
                    text.append(s);
                } else if (child instanceof Element e) {
                    text.append(e.text());
                }
            }
            return text.toString();
        }
    }

    /** Why a document could not be read; {@code fatal} when it is not even well-formed. */
    record Failure(ImportProblem.Kind kind, SAXParseException cause) {
    }

    static final class InvalidXmlException extends Exception {
        private final transient List<Failure> failures;
        private final transient Element root;

        InvalidXmlException(List<Failure> failures, Element root) {
            super(failures.get(0).cause().getMessage());
            this.failures = List.copyOf(failures);
            this.root = root;
        }

        List<Failure> failures() {
            return failures;
        }

        /** The root element as far as it was read (its name and attributes), if the parser got that far. */
        Optional<Element> root() {
            return Optional.ofNullable(root);
        }
    }

    private XmlTree() {
    }

    static Element read(byte[] xml, Schema schema) throws InvalidXmlException {
        Builder builder = new Builder();
        try {
            SAXParser parser = hardenedFactory(schema).newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            parser.setProperty("jdk.xml.entityExpansionLimit", "1");
            parser.parse(new InputSource(new ByteArrayInputStream(xml)), builder);
        } catch (SAXParseException e) {
            builder.failures.add(new Failure(kindOf(e), e));
        } catch (SAXException e) {
            builder.failures.add(new Failure(ImportProblem.Kind.MALFORMED_XML, new SAXParseException(e.getMessage(), null)));
        } catch (IOException e) {
            builder.failures.add(new Failure(ImportProblem.Kind.MALFORMED_XML, new SAXParseException(e.getMessage(), null)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
        if (!builder.failures.isEmpty()) {
            throw new InvalidXmlException(builder.failures, builder.root);
        }
        return builder.root;
    }

    private static SAXParserFactory hardenedFactory(Schema schema) throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setValidating(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setSchema(schema);
        return factory;
    }

    private static ImportProblem.Kind kindOf(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("DOCTYPE") ? ImportProblem.Kind.DOCTYPE_FORBIDDEN : ImportProblem.Kind.MALFORMED_XML;
    }

    private static final class Builder extends DefaultHandler {
        private final Deque<Element> open = new ArrayDeque<>();
        private final List<Failure> failures = new ArrayList<>();
        private Locator locator;
        private Element root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                attrs.put(ns.isEmpty() ? attributes.getLocalName(i) : "{" + ns + "}" + attributes.getLocalName(i),
                        attributes.getValue(i));
            }
            Element element = new Element(uri, localName, attrs, new ArrayList<>(),
                    locator == null ? 0 : locator.getLineNumber(), locator == null ? 0 : locator.getColumnNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (open.isEmpty()) {
                return;
            }
            List<Object> children = open.peek().children();
            int last = children.size() - 1;
            String text = new String(ch, start, length);
            if (last >= 0 && children.get(last) instanceof String previous) {
                children.set(last, previous + text);
            } else {
                children.add(text);
            }
        }

        @Override
        public void error(SAXParseException e) {
            if (failures.size() < MAX_SCHEMA_ERRORS) {
                failures.add(new Failure(ImportProblem.Kind.SCHEMA_INVALID, e));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
