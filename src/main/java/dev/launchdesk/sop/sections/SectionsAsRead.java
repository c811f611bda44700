package dev.launchdesk.sop.sections;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import dev.launchdesk.sop.SectionReading;
import dev.launchdesk.sop.authoring.SopDiff;
import dev.launchdesk.sop.library.SopRenderer;
import dev.launchdesk.sop.markdown.SopMarkdown;

/** {@link SectionReading} through the SOP reading view's renderer and the compare page's diff. */
@Service
class SectionsAsRead implements SectionReading {

    private final SopRenderer renderer;

    SectionsAsRead(SopRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String html(String marketCode, String markdown) {
        return marketCode == null ? SopMarkdown.toHtml(markdown) : SopRenderer.withValues(markdown, renderer.valuesToday(marketCode));
    }

    @Override
    public List<RedlineRow> redline(String marketCode, String oldMarkdown, String newMarkdown) {
        Map<String, String> values = marketCode == null ? Map.of() : renderer.valuesToday(marketCode);
        String older = SopMarkdown.resolve(oldMarkdown, values).markdown();
        String newer = SopMarkdown.resolve(newMarkdown, values).markdown();
        return SopDiff.rows(older, newer).stream().map(r -> new RedlineRow(r.kind().name(), r.oldHtml(), r.newHtml())).toList();
    }
}
