package dev.launchdesk.sop.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Exports a {@link Handbook} as one self-contained HTML page or as a PDF: a cover, contents with page numbers, each
 * SOP from a new page under a running header naming its key, version and effective date, "page x of y" in the
 * footer and a PDF bookmark per SOP and section.
 * <p>
 * The PDF is tagged (PDF/UA: structure tree, document title and language) and embeds only the application's own
 * fonts ({@link HandbookFonts}). Thai is shaped as a browser shapes it, tone marks above upper vowels
 * ({@link ThaiShaping}). Ligatures extract as the letters they were set from ({@link LigatureText}), so
 * search and copy find what the SOP says.
 * <p>
 * The PDF never reaches out: images are only drawn from {@code data:} URLs, every other URL is refused.
 * Thread-safe; one instance can serve all exports.
 */
public final class HandbookRenderer {

    /**
     * Lines break by the JDK's rules for Thai: between words from its Thai dictionary (Thai writes no spaces between
     * words), by the usual Unicode rules everywhere else.
     */
    private static final Locale THAI = Locale.forLanguageTag("th");

    static {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
    }

    /** The handbook as a standalone HTML document (UTF-8, inline CSS, printable from a browser). */
    public String toHtml(Handbook handbook) {
        return HandbookDocument.html(handbook);
    }

    public byte[] toPdf(Handbook handbook) {
        return pdf(HandbookDocument.xhtmlForPdf(handbook));
    }

    public void writePdf(Handbook handbook, OutputStream out) {
        try {
            out.write(pdf(HandbookDocument.xhtmlForPdf(handbook)));
        } catch (IOException e) {
            throw new UncheckedIOException("Handbook PDF could not be written", e);
        }
    }

    /** Any XHTML document as a PDF, the way handbooks are made. */
    static byte[] pdf(String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(xhtml, null)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUnicodeLineBreaker(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(THAI)))
                .usePdfUaAccessibility(true)
                .withProducer("LaunchDesk");
        HandbookFonts.register(builder);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
            ThaiShaping.apply(document);
            document.save(pdf);
            return LigatureText.apply(pdf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Handbook PDF could not be written", e);
        }
    }
}
