package dev.launchdesk.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import dev.launchdesk.shared.Role;

/**
 * The rows the SOP route tables name in paths, forms and bodies.
 *
 * <ul>
 *   <li>Demo rows, only ever read: {refunds} (master SPS-RFD-001), {refundsId} (its Indonesian variant),
 *       {refundsPublished} and {refundsIdPublished} (their published versions).</li>
 *   <li>SOPs of the test's own, in the state the route needs: {draft}, {inReview}, {approved} (version ids),
 *       {publishedMaster} (a master to derive from or revise), {conflicted} (a propagated draft with one conflict),
 *       {translatable} (a published Malaysian variant) with {translatableXliff} (its exported XLIFF file for ms),
 *       {inForceForAgent} (a published version the demo agent has not acknowledged).</li>
 *   <li>{unique}: fresh text for every request.</li>
 * </ul>
 *
 * A caller who may use the route gets new SOPs for every request, since the route changes them. A caller who
 * is refused gets the same SOPs every time: the refusal comes before anything is read, and should it not, the
 * request fails anyway (it succeeds, or finds the SOP already changed).
 */
final class SopRows {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z]+)}");

    private final SopEditorApi sops;
    private final Map<String, String> demo = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();

    SopRows(SopEditorApi sops) {
        this.sops = sops;
        JsonNode refunds = AdminApi.row(sops.read("/api/v1/sops"), "key", "SPS-RFD-001");
        JsonNode refundsId = AdminApi.row(sops.read("/api/v1/sops/" + refunds.get("id").asText() + "/variants"), "scope", "ID");
        demo.put("refunds", refunds.get("id").asText());
        demo.put("refundsId", refundsId.get("id").asText());
        demo.put("refundsPublished", publishedVersion(refunds.get("id").asText()));
        demo.put("refundsIdPublished", publishedVersion(refundsId.get("id").asText()));
    }

    /** The rows of one request by the caller: new ones if the caller may use the route, else the shared ones. */
    Request forRequest(Role caller, boolean allowed) {
        return new Request(caller, allowed ? new HashMap<>() : shared);
    }

    /** One request's rows: each name stands for the same row wherever the request mentions it. */
    final class Request {

        private final Role caller;
        private final Map<String, String> made;

        private Request(Role caller, Map<String, String> made) {
            this.caller = caller;
            this.made = made;
        }

        String resolve(String text) {
            Matcher name = NAME.matcher(text);
            StringBuilder resolved = new StringBuilder();
            while (name.find()) {
                name.appendReplacement(resolved, Matcher.quoteReplacement(row(name.group(1))));
            }
            return name.appendTail(resolved).toString();
        }

        private String row(String name) {
            if (name.equals("unique")) {
                return UUID.randomUUID().toString().substring(0, 8);
            }
            if (demo.containsKey(name)) {
                return demo.get(name);
            }
            String row = made.get(name);
            if (row == null) {
                row = make(name);
                made.put(name, row);
            }
            return row;
        }

        private String make(String name) {
            return switch (name) {
                case "draft" -> sops.draft().toString();
                // an SOP editor may approve only what someone else wrote
                case "inReview" -> sops.inReview(caller == Role.SOP_EDITOR ? SopEditorApi.ADMIN : SopEditorApi.EDITOR).toString();
                case "approved" -> sops.approved().toString();
                case "publishedMaster" -> sops.publishedMaster().toString();
                case "conflicted" -> sops.conflictedDraft().toString();
                case "translatable" -> sops.publishedVariant(sops.publishedMaster(), "MY", null, null, null).toString();
                case "translatableXliff" -> sops.xliff(UUID.fromString(row("translatable")), "ms");
                case "inForceForAgent" -> sops.publishedVersion().toString();
                default -> throw new IllegalArgumentException("no SOP row named {" + name + "}");
            };
        }
    }

    private String publishedVersion(String document) {
        return StreamSupport.stream(sops.read("/api/v1/sops/" + document).get("versions").spliterator(), false)
                .filter(v -> v.get("status").asText().equals("PUBLISHED")).findFirst().orElseThrow().get("id").asText();
    }
}
