package dev.launchdesk.sop.handbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts a handbook PDF embeds. They ship inside the application under {@code /fonts} (Noto Sans, Noto
 * Sans Thai and Noto Sans Mono, SIL Open Font License, see {@code /fonts/OFL.txt}) and are read from there as
 * streams, so a handbook looks the same on every machine, also from inside the packaged jar; no system font is ever
 * looked at.
 */
final class HandbookFonts {

    private static final String FOLDER = "/fonts/";

    /** Noto Sans covers Latin incl. Vietnamese and Indonesian; Noto Sans Thai covers Thai; Noto Sans Mono is for code. */
    static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL, true),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL, true),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC, false),
            new Face("NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC, false),
            new Face("NotoSansThai-Regular.ttf", "Noto Sans Thai", 400, FontStyle.NORMAL, true),
            new Face("NotoSansThai-Bold.ttf", "Noto Sans Thai", 700, FontStyle.NORMAL, true),
            new Face("NotoSansMono-Regular.ttf", "Noto Sans Mono", 400, FontStyle.NORMAL, false),
            new Face("NotoSansMono-Bold.ttf", "Noto Sans Mono", 700, FontStyle.NORMAL, false));

    /**
     * One font file of the application.
     *
     * @param file     the file name under {@code /fonts}
     * @param fallback also used for characters the font chosen by the CSS does not have (Thai inside a code span)
     */
    record Face(String file, String family, int weight, FontStyle style, boolean fallback) {

        /** The font file's bytes, read once from the class path. */
        byte[] bytes() {
            return FontFiles.INSTANCE.bytes(this);
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes());
        }

        /** The font's PostScript name, as a PDF names it ({@code NotoSans-Regular}). */
        String postScriptName() {
            return FontFiles.INSTANCE.postScriptName(this);
        }
    }

    /** The files, read on first use and kept (about 3 MB). */
    private enum FontFiles {
        INSTANCE;

        private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
        private final Map<String, String> names = new ConcurrentHashMap<>();

        byte[] bytes(Face face) {
            return bytes.computeIfAbsent(face.file(), FontFiles::read);
        }

        String postScriptName(Face face) {
            return names.computeIfAbsent(face.file(), file -> {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                    return font.getName();
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + FOLDER + file + " could not be read", e);
                }
            });
        }

        private static byte[] read(String file) {
            try (InputStream in = HandbookFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FOLDER + file + " is missing from the application");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + FOLDER + file + " could not be read", e);
            }
        }
    }

    private HandbookFonts() {
    }

    /**
     * Registers every face for the CSS font families; the fallback faces a second time as fallback, since
     * openhtmltopdf puts a font registered for both uses into the fallback group only.
     */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(face::open, face.family(), face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.DOCUMENT));
            if (face.fallback()) {
                builder.useFont(face::open, face.family(), face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
            }
        }
    }
}
