package dev.launchdesk.sop.handbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import dev.launchdesk.sop.handbook.ClusterShaper.Cluster;
import dev.launchdesk.sop.handbook.CompositeGlyphFont.Composite;

/**
 * Sets the Thai text of a laid-out handbook as a browser does. openhtmltopdf draws each character's default glyph
 * at the pen (PDFBox does no OpenType shaping), so a tone mark after an upper vowel lands inside it
 * ({@code เจ้าหน้าที่} reads as {@code เจ้าหน้าที}). Before the PDF is saved, every string shown in a Thai font is
 * shaped again ({@link ClusterShaper}) and redrawn as one glyph per cluster from a copy of the font that carries
 * those clusters as composite glyphs ({@link CompositeGlyphFont}). The pen positions, and so the layout, stay as
 * they were; each cluster's glyph maps to the cluster's characters in the ToUnicode map, so the extracted text is
 * the source text, in reading order.
 */
final class ThaiShaping {

    private static final Map<String, ClusterShaper> SHAPERS = new ConcurrentHashMap<>();

    /** The faces whose text is shaped: the Thai ones. */
    private static final List<HandbookFonts.Face> SHAPED = HandbookFonts.FACES.stream().filter(f -> f.family().equals("Noto Sans Thai")).toList();

    private final PDDocument document;
    private final Map<String, ShapedFont> fonts = new LinkedHashMap<>();

    private ThaiShaping(PDDocument document) {
        this.document = document;
    }

    static void apply(PDDocument document) throws IOException {
        new ThaiShaping(document).shapeAllPages();
    }

    private void shapeAllPages() throws IOException {
        Map<PDPage, Map<ShapedFont, Set<COSName>>> used = new LinkedHashMap<>();
        for (PDPage page : document.getPages()) {
            Map<ShapedFont, Set<COSName>> onPage = shapePage(page);
            if (!onPage.isEmpty()) {
                used.put(page, onPage);
            }
        }
        // the fonts are built once every page has named the clusters it needs
        for (Map.Entry<PDPage, Map<ShapedFont, Set<COSName>>> page : used.entrySet()) {
            PDResources resources = page.getKey().getResources();
            for (Map.Entry<ShapedFont, Set<COSName>> font : page.getValue().entrySet()) {
                resources.put(font.getKey().resourceName, font.getKey().font());
                font.getValue().forEach(name -> resources.getCOSObject().getCOSDictionary(COSName.FONT).removeItem(name));
            }
        }
    }

    /**
     * Rewrites the page's text in Thai fonts; returns the shaped fonts it now uses, each with the resource names of
     * the fonts it took the place of.
     */
    private Map<ShapedFont, Set<COSName>> shapePage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return Map.of();
        }
        Map<COSName, ShapedFont> thaiFonts = new HashMap<>();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            shapedFontFor(font).ifPresent(shaped -> thaiFonts.put(name, shaped));
        }
        if (thaiFonts.isEmpty()) {
            return Map.of();
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        Map<ShapedFont, Set<COSName>> replaced = new LinkedHashMap<>();
        Deque<Optional<ShapedFont>> saved = new ArrayDeque<>();
        ShapedFont current = null;
        List<COSBase> operands = new ArrayList<>();
        for (int index = 0; index < tokens.size(); index++) {
            if (!(tokens.get(index) instanceof Operator operator)) {
                operands.add((COSBase) tokens.get(index));
                continue;
            }
            switch (operator.getName()) {
                case "q" -> saved.push(Optional.ofNullable(current));
                case "Q" -> current = saved.isEmpty() ? null : saved.pop().orElse(null);
                case "Tf" -> {
                    current = switchFont(operands, thaiFonts, replaced);
                    if (current != null) {
                        tokens.set(index - operands.size(), current.resourceName);
                    }
                }
                case "Tj" -> {
                    if (current != null && operands.get(0) instanceof COSString string) {
                        string.setValue(current.reshape(string.getBytes()));
                    }
                }
                case "TJ" -> {
                    if (current != null && operands.get(0) instanceof COSArray array) {
                        for (COSBase item : array) {
                            if (item instanceof COSString string) {
                                string.setValue(current.reshape(string.getBytes()));
                            }
                        }
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(content);
        return replaced;
    }

    /** On "/F3 10.5 Tf" with a Thai font: the shaped copy of it, which the caller names instead. */
    private static ShapedFont switchFont(List<COSBase> operands, Map<COSName, ShapedFont> thaiFonts, Map<ShapedFont, Set<COSName>> replaced) {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || !thaiFonts.containsKey(name)) {
            return null;
        }
        ShapedFont shaped = thaiFonts.get(name);
        replaced.computeIfAbsent(shaped, f -> new HashSet<>()).add(name);
        return shaped;
    }

    private Optional<ShapedFont> shapedFontFor(PDFont font) {
        if (!(font instanceof PDType0Font)) {
            return Optional.empty();
        }
        String name = font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
        return SHAPED.stream().filter(face -> face.postScriptName().equals(name)).findFirst()
                .map(face -> fonts.computeIfAbsent(face.file(), file -> new ShapedFont(document, face, fonts.size())));
    }

    /** A Thai face in this document: the clusters its text needs, and the font that draws them. */
    private static final class ShapedFont {

        private final PDDocument document;
        private final ClusterShaper shaper;
        private final CompositeGlyphFont glyphs;
        private final COSName resourceName;
        private final List<Composite> composites = new ArrayList<>();
        private final Map<Cluster, Integer> glyphOfCluster = new HashMap<>();
        private final Map<Integer, String> textOfGlyph = new HashMap<>();
        private PDType0Font font;

        ShapedFont(PDDocument document, HandbookFonts.Face face, int index) {
            this.document = document;
            this.shaper = SHAPERS.computeIfAbsent(face.file(), file -> new ClusterShaper(face.bytes()));
            this.glyphs = new CompositeGlyphFont(face.bytes());
            this.resourceName = COSName.getPDFName("LDShaped" + (index + 1));
        }

        /** The shown glyph ids (two bytes each, Identity-H) as one glyph per shaped cluster. */
        byte[] reshape(byte[] shown) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i + 1 < shown.length; i += 2) {
                int glyph = ((shown[i] & 0xFF) << 8) | (shown[i + 1] & 0xFF);
                Optional<String> character = shaper.textOf(glyph);
                if (character.isEmpty()) {
                    return shown;
                }
                text.append(character.get());
            }
            Optional<List<Cluster>> clusters = shaper.shape(text.toString());
            if (clusters.isEmpty()) {
                return shown;
            }
            byte[] reshaped = new byte[2 * clusters.get().size()];
            int at = 0;
            for (Cluster cluster : clusters.get()) {
                int glyph = glyphOf(cluster);
                reshaped[at++] = (byte) (glyph >> 8);
                reshaped[at++] = (byte) glyph;
            }
            return reshaped;
        }

        /** The font's own glyph when the cluster is just that glyph at the pen, else a composite made for it. */
        private int glyphOf(Cluster cluster) {
            if (cluster.components().size() == 1) {
                var only = cluster.components().get(0);
                if (only.dx() == 0 && only.dy() == 0 && shaper.advanceOf(only.glyph()) == cluster.advance()
                        && shaper.textOf(only.glyph()).filter(cluster.text()::equals).isPresent()) {
                    return only.glyph();
                }
            }
            return glyphOfCluster.computeIfAbsent(cluster, c -> {
                composites.add(new Composite(c.components(), c.advance()));
                int glyph = glyphs.glyphCount() + composites.size() - 1;
                textOfGlyph.put(glyph, c.text());
                return glyph;
            });
        }

        /** The font with the composites, embedded whole (a Thai face is small) with a ToUnicode map for every glyph. */
        PDType0Font font() throws IOException {
            if (font == null) {
                font = PDType0Font.load(document, new ByteArrayInputStream(glyphs.withComposites(composites)), false);
                Map<Integer, String> toUnicode = new HashMap<>();
                for (int glyph = 0; glyph < glyphs.glyphCount(); glyph++) {
                    int g = glyph;
                    shaper.textOf(glyph).ifPresent(text -> toUnicode.put(g, text));
                }
                toUnicode.putAll(textOfGlyph);
                font.getCOSObject().setItem(COSName.TO_UNICODE, ToUnicodeCMap.of(document, toUnicode));
            }
            return font;
        }
    }
}
