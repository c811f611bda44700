package dev.launchdesk.sop.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Gives ligature glyphs the text of the letters they replace. PDFBox sets Latin text with the font's {@code ccmp}
 * and {@code liga} substitutions ("ff", "fi", "ffl" as one glyph), but the ToUnicode map it writes names a glyph by
 * the code point the font's cmap gives it: the ligature's presentation form (U+FB00 "ﬀ") or nothing. Search for
 * "Effective" then finds nothing. This puts the replaced letters in place of those entries, so extracted text equals
 * the source text; the ligatures stay as drawn.
 */
final class LigatureText {

    /** The letters behind each substituted glyph of a face, by its PostScript name. */
    private static final Map<String, Map<Integer, String>> BY_FONT = new ConcurrentHashMap<>();

    private LigatureText() {
    }

    /** The PDF with corrected ToUnicode maps, or the same bytes when no font of it needs one. */
    static byte[] apply(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Map<PDFont, Boolean> seen = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && seen.put(font, Boolean.TRUE) == null) {
                        changed |= repair(document, type0);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean repair(PDDocument document, PDType0Font font) throws IOException {
        Map<Integer, String> letters = lettersOf(postScriptName(font.getName()));
        if (letters.isEmpty() || !font.getCOSObject().containsKey(COSName.TO_UNICODE)) {
            return false;
        }
        CMap toUnicode;
        try (var in = font.getCOSObject().getCOSStream(COSName.TO_UNICODE).createView()) {
            toUnicode = new CMapParser().parse(in);
        }
        Map<Integer, String> text = new HashMap<>();
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = toUnicode.toUnicode(code, 2);
            if (unicode != null) {
                text.put(code, unicode);
            }
        }
        boolean changed = false;
        for (Map.Entry<Integer, String> ligature : letters.entrySet()) {
            int code = ligature.getKey();
            boolean inFont = text.containsKey(code) || font.getDescendantFont().codeToGID(code) > 0;
            if (inFont && !ligature.getValue().equals(text.get(code))) {
                text.put(code, ligature.getValue());
                changed = true;
            }
        }
        if (changed) {
            font.getCOSObject().setItem(COSName.TO_UNICODE, ToUnicodeCMap.of(document, text));
        }
        return changed;
    }

    /** "ABCDEF+NotoSans-Regular" is a subset of "NotoSans-Regular". */
    private static String postScriptName(String baseFont) {
        return baseFont != null && baseFont.length() > 7 && baseFont.charAt(6) == '+' ? baseFont.substring(7) : String.valueOf(baseFont);
    }

    private static Map<Integer, String> lettersOf(String postScriptName) {
        Optional<HandbookFonts.Face> face = HandbookFonts.FACES.stream().filter(f -> f.postScriptName().equals(postScriptName)).findFirst();
        return face.map(f -> BY_FONT.computeIfAbsent(postScriptName, n -> substitutedLetters(f))).orElse(Map.of());
    }

    /**
     * For every glyph the substitutions PDFBox applies can produce (the same features its Latin worker applies)
     * and that has no plain character of its own, the letters it stands for: a ligature the letters of its parts,
     * a single substitute the letter of its original.
     */
    static Map<Integer, String> substitutedLetters(HandbookFonts.Face face) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
            GsubData gsub = font.getGsubData();
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Map<Integer, String> letters = new HashMap<>();
            for (String feature : List.of("ccmp", "liga")) {
                if (!gsub.isFeatureSupported(feature)) {
                    continue;
                }
                ScriptFeature substitutions = gsub.getFeature(feature);
                for (List<Integer> parts : substitutions.getAllGlyphIdsForSubstitution()) {
                    int glyph = substitutions.getReplacementForGlyphs(parts);
                    StringBuilder text = new StringBuilder();
                    for (int part : parts) {
                        String partText = textOf(part, cmap, letters);
                        if (partText == null) {
                            text = null;
                            break;
                        }
                        text.append(partText);
                    }
                    if (text != null && !hasTextOfItsOwn(glyph, cmap)) {
                        letters.put(glyph, text.toString());
                    }
                }
            }
            return Map.copyOf(letters);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + face.file() + " could not be read", e);
        }
    }

    /**
     * A glyph the cmap gives a plain character keeps it ("ơ" composed from "o" and a horn is still "ơ"); one the
     * cmap gives nothing or a compatibility form (U+FB00 "ﬀ" for "ff") gets the letters it replaced.
     */
    private static boolean hasTextOfItsOwn(int glyph, CmapLookup cmap) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes == null || codes.isEmpty()) {
            return false;
        }
        String own = Character.toString(codes.get(0));
        return own.equals(Normalizer.normalize(own, Normalizer.Form.NFKC));
    }

    private static String textOf(int glyph, CmapLookup cmap, Map<Integer, String> substituted) {
        if (substituted.containsKey(glyph)) {
            return substituted.get(glyph);
        }
        List<Integer> codes = cmap.getCharCodes(glyph);
        return codes == null || codes.isEmpty() ? null : Character.toString(codes.get(0));
    }
}
