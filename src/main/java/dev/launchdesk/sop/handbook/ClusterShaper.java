package dev.launchdesk.sop.handbook;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import dev.launchdesk.sop.handbook.CompositeGlyphFont.Component;

/**
 * Shapes text in one font with the JDK's OpenType layout engine (HarfBuzz: the font's GSUB substitutions and GPOS
 * mark positioning, as browsers do) and cuts the result into clusters: the glyphs of one or more characters that
 * belong together, such as a Thai consonant's tone mark raised above its upper vowel.
 * <p>
 * Each cluster keeps the width the characters have unshaped (the sum of their glyphs' advances), which is the width
 * the HTML layout measured; the glyphs are placed relative to the cluster's start.
 */
final class ClusterShaper {

    /**
     * A shaped cluster.
     *
     * @param text       the characters it shows, in reading order
     * @param components its glyphs, each moved from the cluster's start (font units, y up)
     * @param advance    the unshaped width of its characters
     */
    record Cluster(String text, List<Component> components, int advance) {
    }

    private final Font font;
    private final FontRenderContext context = new FontRenderContext(null, true, true);
    private final int[] advances;
    private final Map<Integer, Integer> glyphOfCode = new HashMap<>();
    private final Map<Integer, String> textOfGlyph = new HashMap<>();

    ClusterShaper(byte[] fontFile) {
        try (TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(fontFile))) {
            int glyphs = trueType.getNumberOfGlyphs();
            advances = new int[glyphs];
            CmapLookup cmap = trueType.getUnicodeCmapLookup();
            for (int glyph = 0; glyph < glyphs; glyph++) {
                advances[glyph] = trueType.getAdvanceWidth(glyph);
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null && !codes.isEmpty()) {
                    textOfGlyph.put(glyph, Character.toString(codes.get(0)));
                    codes.forEach(code -> glyphOfCode.put(code, cmap.getGlyphId(code)));
                }
            }
            font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(fontFile)).deriveFont((float) trueType.getUnitsPerEm());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalArgumentException("not a TrueType font", e);
        }
    }

    /** The character a glyph of the font's cmap stands for, if any. */
    Optional<String> textOf(int glyph) {
        return Optional.ofNullable(textOfGlyph.get(glyph));
    }

    int advanceOf(int glyph) {
        return glyph >= 0 && glyph < advances.length ? advances[glyph] : 0;
    }

    /** The clusters of the text, or nothing when the font lacks one of its characters. */
    Optional<List<Cluster>> shape(String text) {
        if (text.isEmpty() || text.codePoints().anyMatch(c -> !glyphOfCode.containsKey(c))) {
            return Optional.empty();
        }
        char[] chars = text.toCharArray();
        GlyphVector shaped = font.layoutGlyphVector(context, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = shaped.getNumGlyphs();
        int[] starts = new int[count];
        float[] pens = new float[count];
        float penAfterBase = 0;
        for (int i = 0; i < count; i++) {
            starts[i] = shaped.getGlyphCharIndex(i);
            if (shaped.getGlyphCode(i) == 0 || (i > 0 && starts[i] < starts[i - 1])) {
                return Optional.empty();
            }
            float x = (float) shaped.getGlyphPosition(i).getX();
            float advance = shaped.getGlyphMetrics(i).getAdvanceX();
            pens[i] = advance > 0 ? x : penAfterBase;
            if (advance > 0) {
                penAfterBase = x + advance;
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int first = 0; first < count; ) {
            int last = first;
            while (last + 1 < count && starts[last + 1] == starts[first]) {
                last++;
            }
            int from = first == 0 ? 0 : starts[first];
            int to = last + 1 < count ? starts[last + 1] : chars.length;
            List<Component> components = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                var position = shaped.getGlyphPosition(i);
                components.add(new Component(shaped.getGlyphCode(i), Math.round((float) position.getX() - pens[first]),
                        Math.round((float) -position.getY())));
            }
            String clusterText = text.substring(from, to);
            clusters.add(new Cluster(clusterText, components, clusterText.codePoints().map(c -> advances[glyphOfCode.get(c)]).sum()));
            first = last + 1;
        }
        return Optional.of(clusters);
    }
}
