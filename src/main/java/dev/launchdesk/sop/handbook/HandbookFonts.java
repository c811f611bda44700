package dev.launchdesk.sop.handbook;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TrueType fonts a handbook PDF embeds, taken from the system (Debian: {@code fonts-noto-core} for Noto Sans and
 * Noto Sans Thai, {@code fonts-dejavu-core} for the monospace font). None is bundled with the application. A missing
 * file is logged once and skipped: the PDF is still written, with PDF's built-in fonts standing in, which cannot
 * show Thai and some Vietnamese letters.
 */
final class HandbookFonts {

    private static final Logger log = LoggerFactory.getLogger(HandbookFonts.class);

    /** Noto Sans covers Latin incl. Vietnamese and Indonesian; Noto Sans Thai covers Thai. */
    static final List<Face> FACES = List.of(
            new Face("noto/NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL, true),
            new Face("noto/NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL, true),
            new Face("noto/NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC, false),
            new Face("noto/NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC, false),
            new Face("noto/NotoSansThai-Regular.ttf", "Noto Sans Thai", 400, FontStyle.NORMAL, true),
            new Face("noto/NotoSansThai-Bold.ttf", "Noto Sans Thai", 700, FontStyle.NORMAL, true),
            new Face("dejavu/DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL, false),
            new Face("dejavu/DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL, false));

    /**
     * One font file.
     *
     * @param file     relative to the font directory
     * @param fallback also used for characters the font chosen by the CSS does not have (Thai inside a code span)
     */
    record Face(String file, String family, int weight, FontStyle style, boolean fallback) {
    }

    private final Path directory;
    private final List<Face> available;

    HandbookFonts(Path directory) {
        this.directory = directory;
        this.available = FACES.stream().filter(face -> Files.isReadable(directory.resolve(face.file()))).toList();
        List<String> missing = FACES.stream().filter(face -> !available.contains(face)).map(Face::file).toList();
        if (!missing.isEmpty()) {
            log.warn("Handbook PDFs use built-in fonts instead of {} missing under {} (Debian: apt-get install fonts-noto-core fonts-dejavu-core); "
                    + "built-in fonts cannot show Thai", missing, directory);
        }
    }

    /**
     * Registers every available face for the CSS font families; the fallback faces a second time as fallback, since
     * openhtmltopdf puts a font registered for both uses into the fallback group only.
     */
    void register(PdfRendererBuilder builder) {
        for (Face face : available) {
            File file = directory.resolve(face.file()).toFile();
            builder.useFont(file, face.family(), face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.DOCUMENT));
            if (face.fallback()) {
                builder.useFont(file, face.family(), face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
            }
        }
    }
}
