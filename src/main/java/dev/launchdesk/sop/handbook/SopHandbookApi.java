package dev.launchdesk.sop.handbook;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "SOP handbooks", description = "A market's (or vendor's) SOPs in force, as one PDF or HTML handbook")
class SopHandbookApi {

    private final SopHandbooks handbooks;

    SopHandbookApi(SopHandbooks handbooks) {
        this.handbooks = handbooks;
    }

    @GetMapping("/api/v1/sop-handbooks/{market}.{format}")
    @Operation(summary = "Download the handbook of a market (optionally one vendor's) as pdf or html, in one of the market's "
            + "languages (language=th; default its main language): translated passages where an up-to-date translation exists, "
            + "the source text otherwise, marked")
    ResponseEntity<byte[]> download(@PathVariable String market, @PathVariable String format,
                                    @RequestParam(required = false) UUID vendorId, @RequestParam(required = false) String language,
                                    Actor actor) {
        return SopHandbookEndpoints.file(handbooks, market, format, vendorId, language, actor);
    }
}
