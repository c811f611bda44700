package dev.launchdesk.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.translation.SopTranslationDesk;

/**
 * The demo's quiz questions in the languages their markets read, e.g. Indonesia's lost-parcel questions in Bahasa
 * Indonesia for Budi. They arrive the way a translator's work does: the SOP's XLIFF file is exported (it carries the
 * questions on the SOP's sections as units of their own), a translation memory fills in the target of every question
 * text, as a CAT tool's pre-translation does, and the file is imported, checked like any translator's file (known
 * units, unchanged sources) and stored by the question bank. The memories are
 * {@code demo/training/translations/KEY.MARKET.language.tsv}: one text a line, source, tab, translation. Like the rest of
 * the demo this runs once, into an empty database ({@link DemoData}); a restart finds the translations stored.
 */
@Component
class DemoQuestionTranslations {

    private static final String QUESTION_UNIT = "question:";

    private final SopTranslationDesk translations;
    private final PublishedSections sops;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DemoQuestionTranslations(SopTranslationDesk translations, PublishedSections sops) {
        this.translations = translations;
        this.sops = sops;
    }

    /** Translates the questions of every SOP variant a memory is written for; a question text the memory lacks is an error. */
    void load(DemoActor translator) {
        try {
            for (Resource file : resources.getResources("classpath:demo/training/translations/*.tsv")) {
                String[] name = file.getFilename().split("\\.");
                String language = name[2];
                var variant = sops.inForce(name[0], name[1], null).orElseThrow();
                String exported = translations.exportXliff(variant.documentId(), language, translator);
                byte[] translated = withQuestionTargets(exported, memory(file.getContentAsString(StandardCharsets.UTF_8)),
                        file.getFilename());
                translations.importXliff(variant.documentId(), language, translated, translator);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> memory(String tsv) {
        Map<String, String> memory = new LinkedHashMap<>();
        for (String line : tsv.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split("\t", -1);
            if (pair.length != 2 || pair[1].isBlank()) {
                throw new IllegalStateException("a demo translation memory line is source<TAB>translation: " + line);
            }
            memory.put(pair[0], pair[1]);
        }
        return memory;
    }

    /** The exported file with a target after the source of every question unit, state translated. */
    private static byte[] withQuestionTargets(String xliff, Map<String, String> memory, String memoryName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
            String ns = xml.getDocumentElement().getNamespaceURI();
            NodeList units = xml.getElementsByTagNameNS(ns, "unit");
            for (int i = 0; i < units.getLength(); i++) {
                Element unit = (Element) units.item(i);
                if (unit.getAttribute("id").startsWith(QUESTION_UNIT)) {
                    translate(xml, ns, (Element) unit.getElementsByTagNameNS(ns, "segment").item(0), memory, memoryName);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(xml), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new IllegalStateException("the demo's question translations could not be written into the XLIFF export", e);
        }
    }

    private static void translate(Document xml, String ns, Element segment, Map<String, String> memory, String memoryName) {
        String source = segment.getElementsByTagNameNS(ns, "source").item(0).getTextContent();
        String translation = memory.get(source);
        if (translation == null) {
            throw new IllegalStateException(memoryName + " has no translation of the demo's question text \"" + source + "\"");
        }
        Element target = xml.createElementNS(ns, "target");
        target.setTextContent(translation);
        segment.appendChild(target);
        segment.setAttribute("state", "translated");
    }
}
