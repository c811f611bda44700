package dev.launchdesk.sop.markdown;

import java.util.List;

/**
 * SOP Markdown with its policy parameters substituted.
 *
 * @param markdown          the text with every known {@code {{parameter}}} replaced by its value; unknown ones left as written
 * @param unknownParameters the parameter names the text uses that had no value, in order of first use, each once
 */
public record ResolvedMarkdown(String markdown, List<String> unknownParameters) {

    public ResolvedMarkdown {
        unknownParameters = List.copyOf(unknownParameters);
    }

    /** True when every parameter the text uses had a value. */
    public boolean complete() {
        return unknownParameters.isEmpty();
    }
}
