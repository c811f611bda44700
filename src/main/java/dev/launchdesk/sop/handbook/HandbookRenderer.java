package dev.launchdesk.sop.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Exports a {@link Handbook} as one self-contained HTML page or as a PDF: a cover, contents with page numbers, each
 * SOP from a new page under a running header naming its key, version and effective date, "page x of y" in the
 * footer and a PDF bookmark per SOP and section.
 * <p>
 * The PDF never reaches out: images are only drawn from {@code data:} URLs, every other URL is refused.
 * Thread-safe; one instance can serve all exports.
 */
public final class HandbookRenderer {

    /** Debian's TrueType directory, with {@code noto/} from fonts-noto-core and {@code dejavu/} from fonts-dejavu-core. */
    public static final Path SYSTEM_FONTS = Path.of("/usr/share/fonts/truetype");

    static {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
    }

    private final HandbookFonts fonts;

    public HandbookRenderer() {
        this(SYSTEM_FONTS);
    }

    /** @param fontDirectory where {@code noto/NotoSans-Regular.ttf} and the other faces are looked for */
    public HandbookRenderer(Path fontDirectory) {
        this.fonts = new HandbookFonts(fontDirectory);
    }

    /** The handbook as a standalone HTML document (UTF-8, inline CSS, printable from a browser). */
    public String toHtml(Handbook handbook) {
        return HandbookDocument.html(handbook);
    }

    public byte[] toPdf(Handbook handbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writePdf(handbook, out);
        return out.toByteArray();
    }

    public void writePdf(Handbook handbook, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(HandbookDocument.xhtmlForPdf(handbook), null)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("LaunchDesk")
                .toStream(out);
        fonts.register(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Handbook PDF could not be written", e);
        }
    }
}
