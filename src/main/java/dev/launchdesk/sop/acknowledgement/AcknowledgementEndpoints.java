package dev.launchdesk.sop.acknowledgement;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopRenderer;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.translation.SopTranslationDesk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Agents read and acknowledge the SOPs in force for them; managers follow who has not. */
@Controller
class AcknowledgementEndpoints {


    record MySop(UUID documentId, UUID versionId, String key, String scope, String title, int version, java.time.LocalDate effectiveDate,
                 java.time.Instant acknowledgedAt) {
        static MySop of(AcknowledgementDesk.AgentSop s) {
            return new MySop(s.document().id(), s.version().id(), s.document().key(), s.document().scope(), s.version().title(),
                    s.version().number(), s.version().effectiveDate(), s.acknowledgedAt());
        }
    }

    record ProgressView(UUID versionId, int version, int acknowledged, int total, List<AgentRef> pending) {
    }

    private final AcknowledgementDesk desk;
    private final SopLibrary library;
    private final SopTranslationDesk translations;
    private final SopRenderer renderer;

    AcknowledgementEndpoints(AcknowledgementDesk desk, SopLibrary library, SopTranslationDesk translations, SopRenderer renderer) {
        this.desk = desk;
        this.library = library;
        this.translations = translations;
        this.renderer = renderer;
    }

    @GetMapping("/my/sops")
    String mySops(Actor actor, Model model) {
        AgentRef agent = desk.agentOf(actor);
        List<AcknowledgementDesk.AgentSop> sops = desk.sopsOf(agent);
        model.addAttribute("agent", agent);
        model.addAttribute("sops", sops);
        model.addAttribute("pending", sops.stream().filter(s -> s.acknowledgedAt() == null).count());
        return "my/sops";
    }

    @GetMapping("/my/sops/{versionId}")
    String read(@PathVariable UUID versionId, Actor actor, Model model) {
        AgentRef agent = desk.agentOf(actor);
        AcknowledgementDesk.AgentSop sop = desk.sopsOf(agent).stream().filter(s -> s.version().id().equals(versionId)).findFirst()
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version-in-force.what"), versionId));
        List<String> translated = translations.statuses(sop.document()).stream().filter(t -> t.translated() > 0)
                .map(SopTranslationDesk.LanguageStatus::language).toList();
        String language = agent.languages().stream().filter(translated::contains).findFirst().orElse(null);
        String body = language == null ? sop.version().body() : translations.translated(sop.document(), language).markdown();
        model.addAttribute("sop", sop);
        model.addAttribute("language", language == null ? sop.document().language() : language);
        model.addAttribute("html", renderer.render(sop.document(), body));
        return "my/sop";
    }

    /**
     * A search hit opened by someone who reads SOPs rather than edits them. An agent reads the SOP in force for them (their
     * market and vendor, in their language) on My SOPs, whichever market's version the hit was; other readers read the version
     * found, in the language it was found in.
     */
    @GetMapping("/sops/read/{versionId}")
    String readHit(@PathVariable UUID versionId, @RequestParam(required = false) String language, Actor actor, Model model) {
        SopVersion version = library.version(versionId, actor);
        SopDocument document = library.document(version.documentId(), actor.vendorScope());
        if (actor.agentId().isPresent()) {
            AgentRef agent = desk.agentOf(actor);
            // the version found if it is one the agent reads, else that SOP in the agent's own market, else in another market they serve
            AcknowledgementDesk.AgentSop inForce = desk.sopsOf(agent).stream().filter(s -> s.document().key().equals(document.key()))
                    .min(java.util.Comparator.comparing((AcknowledgementDesk.AgentSop s) -> !s.version().id().equals(versionId))
                            .thenComparing(s -> !agent.marketCode().equals(s.document().marketCode())))
                    .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.document-in-force.what"), document.key()));
            return "redirect:/my/sops/" + inForce.version().id();
        }
        boolean translated = language != null && translations.statuses(document).stream()
                .anyMatch(t -> t.language().equalsIgnoreCase(language) && t.translated() > 0);
        String body = translated && version.status() == SopStatus.PUBLISHED
                ? translations.translated(document, language).markdown() : version.body();
        model.addAttribute("sop", new AcknowledgementDesk.AgentSop(document, version, null));
        model.addAttribute("reader", true);
        model.addAttribute("language", translated ? language : document.language());
        model.addAttribute("html", renderer.render(document, body));
        return "my/sop";
    }

    @PostMapping("/my/sops/{versionId}/acknowledgement")
    String acknowledge(@PathVariable UUID versionId, Actor actor, RedirectAttributes redirect) {
        AcknowledgementDesk.AgentSop sop = desk.acknowledge(versionId, actor);
        redirect.addFlashAttribute("notice", dev.launchdesk.shared.UserTexts.of("flash.sop.acknowledged", sop.document().key(), String.valueOf(sop.version().number())));
        return "redirect:/my/sops";
    }

    @GetMapping("/sops/{id}/acknowledgements")
    String progress(@PathVariable UUID id, Actor actor, Model model) {
        SopDocument document = library.document(id, actor.vendorScope());
        model.addAttribute("document", document);
        if (document.isMaster()) {
            model.addAttribute("variants", library.variantsOf(id, actor.vendorScope()));
        } else {
            model.addAttribute("progress", desk.progress(document, actor.vendorScope()));
        }
        return "sops/acknowledgements";
    }
}
