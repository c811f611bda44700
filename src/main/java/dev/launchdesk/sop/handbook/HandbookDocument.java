package dev.launchdesk.sop.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.launchdesk.sop.markdown.RenderedMarkdown;
import dev.launchdesk.sop.markdown.SectionHeading;
import dev.launchdesk.sop.markdown.SopMarkdown;

/**
 * Writes a handbook as one XHTML document: a cover, the contents, then each SOP on its own pages. The same markup
 * serves the browser and the PDF; only the PDF variant carries openhtmltopdf's {@code <bookmarks>}.
 */
final class HandbookDocument {

    private static final String CSS = stylesheet();
    private static final String SEP = " \u00B7 ";

    private final Handbook handbook;
    private final HandbookLabels labels;
    private final List<Chapter> chapters;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** One SOP, rendered, with the id of its first page and the sections shown in the contents. */
    private record Chapter(HandbookSop sop, String id, String bodyHtml, List<SectionHeading> contents) {
    }

    private HandbookDocument(Handbook handbook) {
        this.handbook = handbook;
        this.labels = HandbookLabels.of(handbook.language());
        this.chapters = chapters(handbook.sops());
    }

    static String html(Handbook handbook) {
        return new HandbookDocument(handbook).write(false);
    }

    static String xhtmlForPdf(Handbook handbook) {
        return new HandbookDocument(handbook).write(true);
    }

    private String write(boolean withBookmarks) {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(Xhtml.text(handbook.language())).append("\">\n");
        out.append("<head>\n<meta charset=\"UTF-8\" />\n<title>").append(Xhtml.text(handbook.title())).append("</title>\n");
        out.append("<meta name=\"subject\" content=\"").append(Xhtml.text(description())).append("\" />\n");
        out.append("<style>\n").append(CSS.replace("%PAGE%", Xhtml.cssString(labels.get("page"))).replace("%OF%", Xhtml.cssString(labels.get("page.of"))));
        out.append("</style>\n");
        if (withBookmarks) {
            bookmarks();
        }
        out.append("</head>\n<body>\n");
        cover();
        contents();
        chapters.forEach(this::chapter);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** "Seller support handbook · Thailand (TH) · All vendors": the PDF's subject, which PDF/UA asks for. */
    private String description() {
        return labels.get("cover.kicker") + SEP + handbook.marketName() + " (" + handbook.marketCode() + ")" + SEP
                + (handbook.vendorName() == null ? labels.get("cover.allVendors") : handbook.vendorName());
    }

    private void cover() {
        // the running footer names the market once: the title already ends with its name ("... — Thailand")
        out.append("<section class=\"cover\">\n<div class=\"running handbook-running\">").append(label("cover.kicker"))
                .append(SEP).append(Xhtml.text(handbook.marketName())).append(" (").append(Xhtml.text(handbook.marketCode())).append(")");
        if (handbook.vendorName() != null) {
            out.append(SEP).append(Xhtml.text(handbook.vendorName()));
        }
        out.append("</div>\n<p class=\"kicker\">").append(label("cover.kicker")).append("</p>\n");
        out.append("<h1>").append(Xhtml.text(handbook.title())).append("</h1>\n<dl>\n");
        definition("cover.market", Xhtml.text(handbook.marketName()) + " (" + Xhtml.text(handbook.marketCode()) + ")");
        definition("cover.vendor", handbook.vendorName() == null ? label("cover.allVendors") : Xhtml.text(handbook.vendorName()));
        definition("cover.language", Xhtml.text(handbook.language()));
        definition("cover.generatedOn", handbook.generatedOn().toString());
        definition("cover.sopCount", Integer.toString(chapters.size()));
        out.append("</dl>\n</section>\n");
    }

    private void definition(String key, String valueHtml) {
        out.append("<div><dt>").append(label(key)).append("</dt><dd>").append(valueHtml).append("</dd></div>\n");
    }

    private void contents() {
        out.append("<nav class=\"toc\" id=\"contents\">\n<h1>").append(label("contents")).append("</h1>\n");
        if (chapters.isEmpty()) {
            out.append("<p>").append(label("contents.empty")).append("</p>\n");
        }
        out.append("<ol class=\"toc-sops\">\n");
        for (Chapter chapter : chapters) {
            HandbookSop sop = chapter.sop();
            out.append("<li class=\"toc-sop\"><a href=\"#").append(chapter.id()).append("\"><span class=\"toc-key\">")
                    .append(Xhtml.text(sop.sopKey())).append("</span>").append(Xhtml.text(sop.title())).append("</a>\n");
            out.append("<span class=\"toc-meta\">").append(contentsMeta(sop)).append("</span>\n");
            if (!chapter.contents().isEmpty()) {
                out.append("<ol class=\"toc-sections\">\n");
                chapter.contents().forEach(h -> out.append("<li><a href=\"#").append(Xhtml.text(h.anchor())).append("\">")
                        .append(Xhtml.text(h.text())).append("</a></li>\n"));
                out.append("</ol>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void chapter(Chapter chapter) {
        HandbookSop sop = chapter.sop();
        out.append("<article class=\"sop\" id=\"").append(chapter.id()).append("\"");
        if (sop.wholeInSourceLanguage()) {
            out.append(" lang=\"").append(Xhtml.text(sop.sourceLanguage())).append("\"");
        }
        out.append(">\n<header class=\"sop-header\">\n");
        out.append("<div class=\"running sop-running\">").append(versionLine(sop)).append("</div>\n");
        out.append("<p class=\"sop-key\">").append(Xhtml.text(sop.sopKey()));
        if (sop.category() != null && !sop.category().isBlank()) {
            out.append(SEP).append(Xhtml.text(sop.category()));
        }
        out.append("</p>\n");
        out.append("<h1>").append(Xhtml.text(sop.title())).append("</h1>\n<p class=\"sop-meta\">");
        meta("sop.version", Integer.toString(sop.versionNumber()));
        meta("sop.effective", sop.effectiveDate().toString());
        if (sop.reviewBy() != null) {
            meta("sop.reviewBy", sop.reviewBy().toString());
        }
        out.append("</p>\n");
        languageNotice(sop);
        out.append("</header>\n<div class=\"sop-body\">\n").append(chapter.bodyHtml()).append("</div>\n</article>\n");
    }

    /** Says when the SOP is not (wholly) in the handbook's language, and in which language it is shown instead. */
    private void languageNotice(HandbookSop sop) {
        if (!sop.partlyInSourceLanguage()) {
            return;
        }
        String target = languageName(handbook.language());
        String source = languageName(sop.sourceLanguage());
        String notice = sop.wholeInSourceLanguage()
                ? MessageFormat.format(labels.get("sop.notTranslated"), target, source)
                : MessageFormat.format(labels.get("sop.partlyTranslated"), sop.untranslatedPassages(), sop.passages(), target, source);
        out.append("<p class=\"sop-language\" lang=\"").append(Xhtml.text(handbook.language())).append("\">").append(Xhtml.text(notice)).append("</p>\n");
    }

    /** "English" for {@code en} in an English handbook, "อังกฤษ" in a Thai one. */
    private String languageName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(handbook.language()));
        return name.isEmpty() ? language : name;
    }

    private void meta(String key, String valueHtml) {
        out.append("<span><span class=\"label\">").append(label(key)).append("</span>").append(valueHtml).append("</span>");
    }

    /** "RET-001 · Version 3 · Effective 2025-03-01": the header of every page of the SOP. */
    private String versionLine(HandbookSop sop) {
        return Xhtml.text(sop.sopKey()) + SEP + versionAndDate(sop);
    }

    private String versionAndDate(HandbookSop sop) {
        return label("sop.version") + " " + sop.versionNumber() + SEP + label("sop.effective") + " " + sop.effectiveDate();
    }

    /** The contents' line under an SOP: version, date, and the language it is (partly) shown in if not the handbook's. */
    private String contentsMeta(HandbookSop sop) {
        if (!sop.partlyInSourceLanguage()) {
            return versionAndDate(sop);
        }
        String language = languageName(sop.sourceLanguage());
        return versionAndDate(sop) + SEP + Xhtml.text(sop.wholeInSourceLanguage() ? language
                : MessageFormat.format(labels.get("contents.partly"), language));
    }

    private void bookmarks() {
        out.append("<bookmarks>\n<bookmark name=\"").append(label("contents")).append("\" href=\"#contents\"/>\n");
        for (Chapter chapter : chapters) {
            out.append("<bookmark name=\"").append(Xhtml.text(chapter.sop().sopKey() + " " + chapter.sop().title()))
                    .append("\" href=\"#").append(chapter.id()).append("\">\n");
            chapter.contents().forEach(h -> out.append("<bookmark name=\"").append(Xhtml.text(h.text())).append("\" href=\"#")
                    .append(Xhtml.text(h.anchor())).append("\"/>\n"));
            out.append("</bookmark>\n");
        }
        out.append("</bookmarks>\n");
    }

    private String label(String key) {
        return Xhtml.text(labels.get(key));
    }

    private static List<Chapter> chapters(List<HandbookSop> sops) {
        Set<String> ids = new HashSet<>();
        List<Chapter> chapters = new ArrayList<>();
        for (HandbookSop sop : sops) {
            String id = uniqueId("sop-" + slug(sop.sopKey()), ids);
            RenderedMarkdown body = SopMarkdown.render(sop.markdownBody(), id + "--", 2);
            List<SectionHeading> outline = body.outline().stream()
                    .map(h -> new SectionHeading(h.level(), withoutMarkers(h.text()), h.anchor())).toList();
            chapters.add(new Chapter(sop, id, markedPassages(body.html(), sop.sourceLanguage()), topSections(outline)));
        }
        return chapters;
    }

    /** The sections at the two highest levels the SOP uses, so the contents stay short. */
    private static List<SectionHeading> topSections(List<SectionHeading> outline) {
        int top = outline.stream().mapToInt(SectionHeading::level).min().orElse(1);
        return outline.stream().filter(h -> h.level() <= top + 1).toList();
    }

    /** Passages the SOP shows in its source language become spans in that language, marked for the reader. */
    private static String markedPassages(String html, String sourceLanguage) {
        String open = "<span class=\"untranslated\" lang=\"" + Xhtml.text(sourceLanguage == null ? "" : sourceLanguage) + "\">";
        return html.replace(String.valueOf(HandbookSop.UNTRANSLATED_START), open).replace(String.valueOf(HandbookSop.UNTRANSLATED_END), "</span>");
    }

    private static String withoutMarkers(String text) {
        return text.replace(String.valueOf(HandbookSop.UNTRANSLATED_START), "").replace(String.valueOf(HandbookSop.UNTRANSLATED_END), "");
    }

    private static String slug(String key) {
        String slug = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "sop" : slug;
    }

    private static String uniqueId(String id, Set<String> taken) {
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static String stylesheet() {
        try (InputStream in = HandbookDocument.class.getResourceAsStream("handbook.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
