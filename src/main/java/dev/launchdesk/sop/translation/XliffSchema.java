package dev.launchdesk.sop.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2 core schema ({@code urn:oasis:names:tc:xliff:document:2.0}), compiled once.
 *
 * <p>The schema files in {@code src/main/resources/dev/launchdesk/sop/translation/schema} are byte-for-byte
 * the copies that the Okapi Framework ships in {@code net.sf.okapi.lib:okapi-lib-xliff2:1.47.0} (Maven Central,
 * Apache 2.0): {@code xliff_core_2.0.xsd} (the OASIS core schema as published with XLIFF 2.1, which validates
 * 2.0 and 2.1 documents alike; same namespace, same elements) and the W3C {@code xml.xsd} it imports for
 * {@code xml:lang} and {@code xml:space}. A test checks them against that artifact. They are read from the
 * class path only: the schema factory may not fetch anything else.
 */
final class XliffSchema {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String CORE = "schema/xliff_core_2.0.xsd";

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
        URL core = XliffSchema.class.getResource(CORE);
        if (core == null) {
            throw new IllegalStateException("XLIFF schema missing from the class path: " + CORE);
        }
        try (InputStream in = core.openStream()) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // only the schema's own import (xml.xsd, next to it on the class path: file: or jar:) may be read
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(new StreamSource(in, core.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("XLIFF schema does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
