package dev.launchdesk.sop.markdown;

import java.util.List;

import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Links may go to http, https and mailto URLs or be relative; images may also be {@code data:} URLs (an embedded
 * screenshot), which browsers never run as script inside {@code <img>}. Anything else becomes an empty URL.
 * CommonMark's default would also let a link open a {@code data:} URL.
 */
final class SopUrls implements UrlSanitizer {

    private final UrlSanitizer links = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));
    private final UrlSanitizer images = new DefaultUrlSanitizer(List.of("http", "https", "data"));

    @Override
    public String sanitizeLinkUrl(String url) {
        return links.sanitizeLinkUrl(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return images.sanitizeImageUrl(url);
    }
}
