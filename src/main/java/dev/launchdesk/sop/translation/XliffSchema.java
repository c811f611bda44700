package dev.launchdesk.sop.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2 core schema ({@code urn:oasis:names:tc:xliff:document:2.0}), compiled once.
 *
 * <p>The schema files in {@code src/main/resources/dev/launchdesk/sop/translation/schema} are byte-for-byte
 * the copies that the Okapi Framework ships in {@code net.sf.okapi.lib:okapi-lib-xliff2:1.47.0} (Maven Central,
 * Apache 2.0): {@code xliff_core_2.0.xsd} (the OASIS core schema as published with XLIFF 2.1, which validates
 * 2.0 and 2.1 documents alike; same namespace, same elements) and the W3C {@code xml.xsd} it imports for
 * {@code xml:lang} and {@code xml:space}. A test checks them against that artifact.
 *
 * <p>Both are read from the class path as streams, never through a URL: the schema factory may not open any
 * URL at all ({@code accessExternalSchema} is empty), and the core schema's one import is served by
 * {@link #IMPORTS}. So the schema compiles the same from class folders, a plain jar and Spring Boot's nested
 * jar ({@code jar:nested:} URLs, which the factory would not read).
 */
final class XliffSchema {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String FOLDER = "schema/";
    private static final String CORE = "xliff_core_2.0.xsd";
    /** The core schema's {@code xs:import} locations, as written in it, and the namespaces they bring. */
    private static final Map<String, String> IMPORTS =
            Map.of("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd", XMLConstants.XML_NS_URI);

    private static volatile Schema schema;

    private XliffSchema() {
    }

    static Schema get() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (XliffSchema.class) {
                if (schema == null) {
                    schema = load();
                }
                loaded = schema;
            }
        }
        return loaded;
    }

    private static Schema load() {
        try (InputStream core = open(CORE)) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(importsFromClassPath());
            return factory.newSchema(new StreamSource(core));
        } catch (SAXException e) {
            throw new IllegalStateException("XLIFF schema does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the known imports from the class path; anything else stays unresolved, and the factory refuses it. */
    private static LSResourceResolver importsFromClassPath() {
        DOMImplementationLS dom = domLoadAndSave();
        return (type, namespace, publicId, systemId, baseUri) -> {
            if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(type) || systemId == null || !IMPORTS.containsKey(systemId)
                    || !IMPORTS.get(systemId).equals(namespace)) {
                return null;
            }
            LSInput input = dom.createLSInput();
            input.setByteStream(open(systemId));
            return input;
        };
    }

    private static InputStream open(String file) {
        InputStream in = XliffSchema.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("XLIFF schema missing from the class path: " + FOLDER + file);
        }
        return in;
    }

    private static DOMImplementationLS domLoadAndSave() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
