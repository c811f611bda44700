package dev.launchdesk.sop.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: the text of each page, its fonts and its bookmarks. */
final class PdfPages {

    /** A bookmark with the 1-based page it opens, and its children. */
    record Bookmark(String title, int page, List<Bookmark> children) {
    }

    final List<String> texts = new ArrayList<>();
    final List<Set<String>> fonts = new ArrayList<>();
    final List<Bookmark> bookmarks = new ArrayList<>();
    final int imageCount;

    PdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int images = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
                PDPage pdPage = document.getPage(page - 1);
                Set<String> names = new HashSet<>();
                for (COSName name : pdPage.getResources().getFontNames()) {
                    names.add(pdPage.getResources().getFont(name).getName());
                }
                fonts.add(names);
                for (COSName name : pdPage.getResources().getXObjectNames()) {
                    images += pdPage.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            this.imageCount = images;
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(bookmark(document, item)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return texts.size();
    }

    /** The text of a page, 1-based. */
    String text(int page) {
        return texts.get(page - 1);
    }

    private static Bookmark bookmark(PDDocument document, PDOutlineItem item) {
        try {
            PDPage page = item.findDestinationPage(document);
            List<Bookmark> children = new ArrayList<>();
            item.children().forEach(child -> children.add(bookmark(document, child)));
            return new Bookmark(item.getTitle(), document.getPages().indexOf(page) + 1, children);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
