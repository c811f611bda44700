package dev.launchdesk.sop.handbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A font's ToUnicode map (PDF 32000-1, 9.10.3) for two-byte codes: what text each glyph code stands for. Text
 * extraction, search and copy read a glyph's text from here.
 */
final class ToUnicodeCMap {

    private static final int PER_BLOCK = 100;

    private ToUnicodeCMap() {
    }

    /** A compressed CMap stream mapping each code to its text (several characters for a ligature or a cluster). */
    static PDStream of(PDDocument document, Map<Integer, String> textByCode) throws IOException {
        SortedMap<Integer, String> sorted = new TreeMap<>(textByCode);
        StringBuilder cmap = new StringBuilder(64 + sorted.size() * 24);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = sorted.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
        for (int from = 0; from < entries.size(); from += PER_BLOCK) {
            var block = entries.subList(from, Math.min(entries.size(), from + PER_BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            block.forEach(e -> cmap.append('<').append(hex4(e.getKey())).append("> <").append(utf16Hex(e.getValue())).append(">\n"));
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return new PDStream(document, new ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE);
    }

    private static String hex4(int code) {
        return String.format("%04X", code);
    }

    private static String utf16Hex(String text) {
        StringBuilder hex = new StringBuilder(text.length() * 4);
        for (char c : text.toCharArray()) {
            hex.append(hex4(c));
        }
        return hex.toString();
    }
}
