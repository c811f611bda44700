package dev.launchdesk.sop.translation;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * The Okapi Framework's XLIFF 2 library as an independent second opinion: its reader (full validation, i.e.
 * the schema and the specification's processing requirements) and its copy of the OASIS schema.
 */
final class OkapiXliff {

    static {
        // Okapi asks for a StAX factory by name and finds none unless one is named; this names the JDK's own,
        // which is the one every other caller gets anyway (Woodstox is kept off the class path).
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    private OkapiXliff() {
    }

    /** The OASIS schema as Okapi ships it, read from Okapi's jar: not the copy the application validates with. */
    static Schema oasisSchema() throws Exception {
        URL core = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        return factory.newSchema(new StreamSource(core.openStream(), core.toExternalForm()));
    }

    /** Throws unless Okapi's reader finds the document valid XLIFF 2 at its strictest level. */
    static void validate(byte[] xliff) {
        XLIFFReader.validate(new ByteArrayInputStream(xliff), null);
    }

    /** The Markdown of every unit's source, or of its target when {@code target} is set, as Okapi reads it. */
    static Map<String, String> contents(byte[] xliff, boolean target) {
        Map<String, String> contents = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    Fragment fragment = target ? unit.getSegment(0).getTarget() : unit.getSegment(0).getSource();
                    contents.put(unit.getId(), fragment == null ? null : markdownOf(fragment));
                }
            }
        }
        return contents;
    }

    /** Okapi's own view of a fragment: its text with each code's original data put back. */
    private static String markdownOf(Fragment fragment) {
        StringBuilder markdown = new StringBuilder();
        List<Object> parts = new ArrayList<>();
        fragment.forEach(parts::add);
        for (Object part : parts) {
            if (part instanceof String text) {
                markdown.append(text);
            } else if (part instanceof CTag code) {
                markdown.append(code.getData());
            }
        }
        return markdown.toString();
    }
}
