package dev.launchdesk.sop.handbook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Handbook export: a page to choose, and downloads as PDF or HTML (the same URLs serve the API). */
@Controller
class SopHandbookEndpoints {

    private final SopHandbooks handbooks;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;

    SopHandbookEndpoints(SopHandbooks handbooks, MarketDirectory markets, VendorDirectory vendors) {
        this.handbooks = handbooks;
        this.markets = markets;
        this.vendors = vendors;
    }

    @GetMapping("/sops/handbooks")
    String choose(Actor actor, Model model) {
        model.addAttribute("markets", markets.markets());
        model.addAttribute("languages", markets.markets().stream().flatMap(m -> m.languages().stream()).distinct().sorted().toList());
        model.addAttribute("vendors", actor.vendorScope().isRestricted()
                ? vendors.vendorName(actor.vendorScope().vendorIdOrNull()).stream().toList() : vendors.vendorNames());
        return "sops/handbooks";
    }

    /**
     * The choice form submits here; the download has a readable URL. A language the market does not use re-shows the
     * form with the choice kept and the error next to the language.
     */
    @GetMapping("/sops/handbooks/download")
    String download(@RequestParam String market, @RequestParam(required = false) UUID vendorId,
                    @RequestParam(required = false) String language, @RequestParam(defaultValue = "pdf") String format,
                    Actor actor, Model model) {
        Market chosen = markets.market(market);
        boolean spoken = language == null || language.isBlank() || chosen.languages().stream().anyMatch(language.strip()::equalsIgnoreCase);
        if (!spoken) {
            choose(actor, model);
            model.addAttribute("chosenMarket", chosen.code());
            model.addAttribute("chosenVendor", vendorId);
            model.addAttribute("chosenLanguage", language);
            model.addAttribute("languageError", chosen.languages());
            return "sops/handbooks";
        }
        StringBuilder query = new StringBuilder();
        if (vendorId != null) {
            query.append("vendorId=").append(vendorId);
        }
        if (language != null && !language.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append("language=").append(URLEncoder.encode(language.strip(), StandardCharsets.UTF_8));
        }
        return "redirect:/sops/handbooks/" + chosen.code() + "." + ("html".equals(format) ? "html" : "pdf") + (query.isEmpty() ? "" : "?" + query);
    }

    @GetMapping("/sops/handbooks/{market}.{format}")
    ResponseEntity<byte[]> download(@PathVariable String market, @PathVariable String format,
                                    @RequestParam(required = false) UUID vendorId, @RequestParam(required = false) String language, Actor actor) {
        return file(handbooks, market, format, vendorId, language, actor);
    }

    /** The handbook as a download; shared by the page and the API. */
    static ResponseEntity<byte[]> file(SopHandbooks handbooks, String market, String format, UUID vendorId, String language, Actor actor) {
        if (!format.equals("pdf") && !format.equals("html")) {
            throw InvalidInputException.of("format", UserTexts.of("problem.sop.handbook.format"));
        }
        Handbook handbook = handbooks.handbook(market, vendorId, actor.vendorScope(), language);
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? handbooks.pdf(handbook) : handbooks.html(handbook).getBytes(StandardCharsets.UTF_8);
        String name = "handbook-" + handbook.marketCode() + (handbook.vendorName() == null ? "" : "-" + slug(handbook.vendorName()))
                + "-" + handbook.language() + "-" + handbook.generatedOn() + "." + format;
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
