package dev.launchdesk.sop.handbook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Appends composite glyphs to a TrueType font: each new glyph draws existing glyphs moved by an offset, with an
 * advance of its own (OpenType 'glyf', composite glyph description). A shaped Thai cluster becomes one such glyph,
 * so a PDF can show it at the pen position like any other glyph: its marks sit where the shaper put them, and
 * text extraction sees one glyph per cluster, in reading order.
 * <p>
 * The new glyphs get the ids after the font's last glyph; nothing else in the font changes except the tables that
 * count glyphs ('maxp', 'hhea', 'hmtx', 'loca', 'post' becomes format 3 without names; the device tables 'hdmx',
 * 'LTSH', 'VDMX' and a signature are dropped).
 */
final class CompositeGlyphFont {

    /** One existing glyph, moved right by {@code dx} and up by {@code dy} font units. */
    record Component(int glyph, int dx, int dy) {
    }

    /** A new glyph made of existing ones, advancing the pen by {@code advance} font units. */
    record Composite(List<Component> components, int advance) {
        Composite {
            components = List.copyOf(components);
        }
    }

    private static final Set<String> DROPPED = Set.of("hdmx", "LTSH", "VDMX", "DSIG");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int ARGS_ARE_XY_VALUES = 0x0002;
    private static final int MORE_COMPONENTS = 0x0020;

    private final Map<String, byte[]> tables = new TreeMap<>();
    private final int sfntVersion;
    private final int glyphCount;

    CompositeGlyphFont(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        sfntVersion = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        glyphCount = Short.toUnsignedInt(ByteBuffer.wrap(tables.get("maxp")).getShort(4));
    }

    int glyphCount() {
        return glyphCount;
    }

    /** The font with the composites appended: the first gets glyph id {@link #glyphCount()}, the next one more. */
    byte[] withComposites(List<Composite> composites) {
        int total = glyphCount + composites.size();
        List<byte[]> glyphs = glyphs();
        int[] advances = new int[total];
        int[] bearings = new int[total];
        readMetrics(advances, bearings);
        int maxComponents = 0;
        for (int i = 0; i < composites.size(); i++) {
            Composite composite = composites.get(i);
            byte[] glyph = composite(composite, glyphs);
            glyphs.add(glyph);
            advances[glyphCount + i] = composite.advance();
            bearings[glyphCount + i] = glyph.length == 0 ? 0 : ByteBuffer.wrap(glyph).getShort(2);
            maxComponents = Math.max(maxComponents, composite.components().size());
        }
        writeGlyphs(glyphs);
        writeMetrics(advances, bearings);
        writeCounts(total, maxComponents);
        DROPPED.forEach(tables::remove);
        return assemble();
    }

    private List<byte[]> glyphs() {
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        boolean longOffsets = ByteBuffer.wrap(tables.get("head")).getShort(50) == 1;
        byte[] glyf = tables.get("glyf");
        List<byte[]> glyphs = new ArrayList<>(glyphCount);
        for (int g = 0; g < glyphCount; g++) {
            int start = longOffsets ? loca.getInt(4 * g) : 2 * Short.toUnsignedInt(loca.getShort(2 * g));
            int end = longOffsets ? loca.getInt(4 * g + 4) : 2 * Short.toUnsignedInt(loca.getShort(2 * g + 2));
            byte[] glyph = new byte[Math.max(0, end - start)];
            System.arraycopy(glyf, start, glyph, 0, glyph.length);
            glyphs.add(glyph);
        }
        return glyphs;
    }

    /** numberOfContours -1, the bounding box of the moved parts, then one record per part. */
    private static byte[] composite(Composite composite, List<byte[]> glyphs) {
        int xMin = Integer.MAX_VALUE;
        int yMin = Integer.MAX_VALUE;
        int xMax = Integer.MIN_VALUE;
        int yMax = Integer.MIN_VALUE;
        for (Component part : composite.components()) {
            byte[] glyph = glyphs.get(part.glyph());
            if (glyph.length >= 10) {
                ByteBuffer box = ByteBuffer.wrap(glyph);
                xMin = Math.min(xMin, box.getShort(2) + part.dx());
                yMin = Math.min(yMin, box.getShort(4) + part.dy());
                xMax = Math.max(xMax, box.getShort(6) + part.dx());
                yMax = Math.max(yMax, box.getShort(8) + part.dy());
            }
        }
        if (xMin == Integer.MAX_VALUE) {
            xMin = yMin = xMax = yMax = 0;
        }
        ByteBuffer out = ByteBuffer.allocate(10 + 8 * composite.components().size());
        out.putShort((short) -1).putShort((short) xMin).putShort((short) yMin).putShort((short) xMax).putShort((short) yMax);
        List<Component> parts = composite.components();
        for (int i = 0; i < parts.size(); i++) {
            int flags = ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | (i + 1 < parts.size() ? MORE_COMPONENTS : 0);
            out.putShort((short) flags).putShort((short) parts.get(i).glyph()).putShort((short) parts.get(i).dx()).putShort((short) parts.get(i).dy());
        }
        return out.array();
    }

    /** 'glyf' with every glyph on a 4-byte boundary, 'loca' with long offsets. */
    private void writeGlyphs(List<byte[]> glyphs) {
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (glyphs.size() + 1));
        for (byte[] glyph : glyphs) {
            loca.putInt(glyf.size());
            glyf.writeBytes(glyph);
            glyf.writeBytes(new byte[(4 - glyph.length % 4) % 4]);
        }
        loca.putInt(glyf.size());
        tables.put("glyf", glyf.toByteArray());
        tables.put("loca", loca.array());
        ByteBuffer.wrap(tables.get("head")).putShort(50, (short) 1);
    }

    private void readMetrics(int[] advances, int[] bearings) {
        int metrics = Short.toUnsignedInt(ByteBuffer.wrap(tables.get("hhea")).getShort(34));
        ByteBuffer hmtx = ByteBuffer.wrap(tables.get("hmtx"));
        for (int g = 0; g < glyphCount; g++) {
            if (g < metrics) {
                advances[g] = Short.toUnsignedInt(hmtx.getShort(4 * g));
                bearings[g] = hmtx.getShort(4 * g + 2);
            } else {
                advances[g] = advances[metrics - 1];
                bearings[g] = hmtx.getShort(4 * metrics + 2 * (g - metrics));
            }
        }
    }

    private void writeMetrics(int[] advances, int[] bearings) {
        ByteBuffer hmtx = ByteBuffer.allocate(4 * advances.length);
        int widest = 0;
        for (int g = 0; g < advances.length; g++) {
            hmtx.putShort((short) advances[g]).putShort((short) bearings[g]);
            widest = Math.max(widest, advances[g]);
        }
        tables.put("hmtx", hmtx.array());
        ByteBuffer hhea = ByteBuffer.wrap(tables.get("hhea"));
        hhea.putShort(34, (short) advances.length);
        hhea.putShort(10, (short) Math.max(Short.toUnsignedInt(hhea.getShort(10)), widest));
    }

    /** 'maxp' counts the new glyphs and allows their components; 'post' keeps its metrics but drops glyph names. */
    private void writeCounts(int total, int maxComponents) {
        ByteBuffer maxp = ByteBuffer.wrap(tables.get("maxp"));
        maxp.putShort(4, (short) total);
        if (maxp.getInt(0) == 0x00010000 && maxp.capacity() >= 32) {
            maxp.putShort(28, (short) Math.max(Short.toUnsignedInt(maxp.getShort(28)), maxComponents));
            maxp.putShort(30, (short) (Short.toUnsignedInt(maxp.getShort(30)) + 1));
        }
        byte[] post = tables.get("post");
        if (post != null && post.length >= 32) {
            byte[] format3 = new byte[32];
            System.arraycopy(post, 0, format3, 0, 32);
            ByteBuffer.wrap(format3).putInt(0, 0x00030000);
            tables.put("post", format3);
        }
    }

    /** The table directory, the tables on 4-byte boundaries, and the checksums 'head' asks for. */
    private byte[] assemble() {
        ByteBuffer.wrap(tables.get("head")).putInt(8, 0);
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int searchRange = power * 16;
        int headerLength = 12 + 16 * count;
        int length = headerLength + tables.values().stream().mapToInt(t -> t.length + (4 - t.length % 4) % 4).sum();
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putInt(sfntVersion).putShort((short) count).putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - searchRange));
        int offset = headerLength;
        int headOffset = 0;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            out.put(table.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(checksum(data)).putInt(offset).putInt(data.length);
            if (table.getKey().equals("head")) {
                headOffset = offset;
            }
            offset += data.length + (4 - data.length % 4) % 4;
        }
        for (byte[] data : tables.values()) {
            out.put(data).put(new byte[(4 - data.length % 4) % 4]);
        }
        byte[] font = out.array();
        ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - Integer.toUnsignedLong(checksum(font))));
        return font;
    }

    private static int checksum(byte[] data) {
        long sum = 0;
        ByteBuffer words = ByteBuffer.wrap(data);
        int whole = data.length / 4;
        for (int i = 0; i < whole; i++) {
            sum += Integer.toUnsignedLong(words.getInt(4 * i));
        }
        int rest = 0;
        for (int i = whole * 4; i < data.length; i++) {
            rest |= (data[i] & 0xFF) << (24 - 8 * (i - whole * 4));
        }
        return (int) (sum + Integer.toUnsignedLong(rest));
    }
}
