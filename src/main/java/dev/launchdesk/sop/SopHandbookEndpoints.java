package dev.launchdesk.sop;

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

import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.sop.handbook.Handbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Handbook export: a page to choose, and downloads as PDF or HTML (the same URLs serve the API). */
@Controller
class SopHandbookEndpoints {

    private final SopHandbooks handbooks;
    private final MarketCatalog markets;
    private final VendorDirectory vendors;

    SopHandbookEndpoints(SopHandbooks handbooks, MarketCatalog markets, VendorDirectory vendors) {
        this.handbooks = handbooks;
        this.markets = markets;
        this.vendors = vendors;
    }

    @GetMapping("/sops/handbooks")
    String choose(Actor actor, Model model) {
        model.addAttribute("markets", markets.markets());
        model.addAttribute("vendors", actor.vendorScope().isRestricted()
                ? vendors.vendorName(actor.vendorScope().vendorIdOrNull()).stream().toList() : vendors.vendorNames());
        return "sops/handbooks";
    }

    /** The choice form submits here; the download has a readable URL. */
    @GetMapping("/sops/handbooks/download")
    String download(@RequestParam String market, @RequestParam(required = false) UUID vendorId,
                    @RequestParam(defaultValue = "pdf") String format) {
        String code = markets.market(market).code();
        return "redirect:/sops/handbooks/" + code + "." + ("html".equals(format) ? "html" : "pdf") + (vendorId == null ? "" : "?vendorId=" + vendorId);
    }

    @GetMapping("/sops/handbooks/{market}.{format}")
    ResponseEntity<byte[]> download(@PathVariable String market, @PathVariable String format,
                                    @RequestParam(required = false) UUID vendorId, Actor actor) {
        return file(handbooks, market, format, vendorId, actor);
    }

    /** The handbook as a download; shared by the page and the API. */
    static ResponseEntity<byte[]> file(SopHandbooks handbooks, String market, String format, UUID vendorId, Actor actor) {
        if (!format.equals("pdf") && !format.equals("html")) {
            throw InvalidInputException.of("format", "must be pdf or html");
        }
        Handbook handbook = handbooks.handbook(market, vendorId, actor.vendorScope());
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? handbooks.pdf(handbook) : handbooks.html(handbook).getBytes(StandardCharsets.UTF_8);
        String name = "handbook-" + handbook.marketCode() + (handbook.vendorName() == null ? "" : "-" + slug(handbook.vendorName()))
                + "-" + handbook.generatedOn() + "." + format;
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
