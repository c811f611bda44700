package dev.launchdesk.training.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;

/** Building modules from SOP sections, the delta modules of SOP changes, and what an agent studies. */
@Service
@org.springframework.modulith.NamedInterface("catalog")
public class ModuleCatalog {

    private final Modules modules;
    private final PublishedSections sops;
    private final MarketDirectory markets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModuleCatalog(Modules modules, PublishedSections sops, MarketDirectory markets, ApplicationEventPublisher events, Clock clock) {
        this.modules = modules;
        this.sops = sops;
        this.markets = markets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A module of the sections (by anchor) of the SOP in force in the market (its variant, else the master), pinned to
     * that version. An unknown market, SOP or section is a 400 naming the field; nothing is written.
     */
    @Transactional
    public TrainingModule create(ModuleForm form, Actor actor) {
        form.check();
        String market = marketCode(form.market());
        Linked linked = link(form.sopKey().trim(), market, form.sections());
        TrainingModule module = new TrainingModule(UUID.randomUUID(), linked.sop().sopKey(), market, form.title().trim(), notes(form),
                linked.sop().versionId(), linked.sop().number(), form.validity(), form.policy(), null, null, null, false, linked.sections(),
                actor.username(), clock.instant());
        modules.insert(module);
        events.publishEvent(EntityChanged.created("training_module", module.id(), "Training module " + module.title() + " ("
                + module.sopKey() + ", " + market + ") created", module));
        return module;
    }

    /**
     * A trainer's change of a module: title, notes, sections, quiz policy and validity (its SOP and market stay). The
     * sections are checked against the SOP in force, and the module is pinned to that version again: the trainer wrote
     * it for that text. Delta modules are made by SOP changes and not edited (409).
     */
    @Transactional
    public TrainingModule revise(UUID id, ModuleForm form, Actor actor) {
        TrainingModule before = module(id);
        if (before.isDelta()) {
            throw new ConflictException(UserTexts.of("problem.training.module.delta-not-editable"));
        }
        ModuleForm same = form.of(before.sopKey(), before.marketCode());
        same.check();
        Linked linked = link(before.sopKey(), before.marketCode(), same.sections());
        TrainingModule after = new TrainingModule(id, before.sopKey(), before.marketCode(), same.title().trim(), notes(same),
                linked.sop().versionId(), linked.sop().number(), same.validity(), same.policy(), null, null, null, false, linked.sections(),
                before.createdBy(), before.createdAt());
        modules.update(after);
        events.publishEvent(EntityChanged.updated("training_module", id, "Training module " + after.title() + " (" + after.sopKey() + ", "
                + after.marketCode() + ") changed by " + actor.username(), before, after));
        return module(id);
    }

    /** The SOP in force in the market and the sections named by anchor, in the order given; every unknown one a 400 naming it. */
    private Linked link(String sopKey, String market, List<String> anchors) {
        PublishedSop sop = sops.inForce(sopKey, market, null).orElseThrow(() -> InvalidInputException.of("sopKey",
                UserTexts.of("problem.training.module.sop-not-published", sopKey, market)));
        List<ModuleSection> sections = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            String anchor = anchors.get(i);
            Optional<PublishedSections.Section> section = sop.section(anchor == null ? "" : anchor.trim());
            if (section.isEmpty()) {
                problems.add(new FieldProblem("sections[" + i + "]", UserTexts.of("problem.training.module.no-section", sop.sopKey(),
                        String.valueOf(sop.number()), market, anchor,
                        String.valueOf(sop.sections().stream().map(PublishedSections.Section::anchor).toList()))));
            } else {
                sections.add(new ModuleSection(section.get().anchor(), section.get().heading(), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Linked(sop, sections);
    }

    private record Linked(PublishedSop sop, List<ModuleSection> sections) {
    }

    /** The trainer's notes with line ends as every stored text has them (a textarea sends CRLF). */
    private static String notes(ModuleForm form) {
        return form.notes() == null ? "" : form.notes().replaceAll("\\r\\n?", "\n").trim();
    }

    public TrainingModule module(UUID id) {
        return modules.find(id).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.module.what"), id));
    }

    public List<TrainingModule> modules(String marketCode, String sopKey) {
        return modules.baseModules(marketCode == null ? null : marketCode(marketCode), sopKey);
    }

    public List<TrainingModule> deltasOf(UUID moduleId) {
        return modules.deltasOf(moduleId);
    }

    /**
     * The delta module of an SOP change for a module: only the changed sections, each with its text before the change.
     * Made once per module and new SOP version: asked again (a replayed publication) it answers the one made before.
     *
     * @param changedAnchors the module's sections the change touched, in the module's order
     */
    @Transactional
    public TrainingModule deltaOf(TrainingModule base, PublishedSop before, PublishedSop after, List<String> changedAnchors) {
        Optional<TrainingModule> made = modules.delta(base.id(), after.versionId());
        if (made.isPresent()) {
            return made.get();
        }
        List<ModuleSection> sections = new ArrayList<>();
        for (String anchor : changedAnchors) {
            Optional<PublishedSections.Section> now = after.section(anchor);
            Optional<PublishedSections.Section> then = before.section(anchor);
            String heading = now.or(() -> then).map(PublishedSections.Section::heading).orElse(anchor);
            sections.add(new ModuleSection(anchor, heading, then.map(PublishedSections.Section::text).orElse("")));
        }
        String scope = after.vendorId() != null ? base.marketCode() + "/vendor" : base.marketCode();
        TrainingModule delta = new TrainingModule(UUID.randomUUID(), base.sopKey(), base.marketCode(), base.title() + " (v"
                + before.number() + " → v" + after.number() + ")", base.notes(), after.versionId(), after.number(), base.validityMonths(),
                base.policy(), base.id(), after.documentId(), before.versionId(), false, sections, "launchdesk", clock.instant());
        modules.insert(delta);
        events.publishEvent(EntityChanged.created("training_module", delta.id(), "Delta module of " + base.title() + " for "
                + base.sopKey() + " v" + after.number() + " (" + scope + "): " + changedAnchors, delta));
        return delta;
    }

    /** Marks a delta module informational (read and acknowledge, no quiz); only delta modules can be. */
    @Transactional
    public TrainingModule markInformational(UUID id, Actor actor) {
        TrainingModule module = module(id);
        if (!module.isDelta()) {
            throw new ConflictException(UserTexts.of("problem.training.module.only-delta-informational"));
        }
        modules.markInformational(id);
        events.publishEvent(new EntityChanged("training_module", id.toString(), "informational", module.title()
                + " marked informational by " + actor.username(), null, null));
        return module(id);
    }

    /** The SOP version in force for the module's market and the agent's vendor (what a pass certifies). */
    public Optional<PublishedSop> sopInForce(TrainingModule module, UUID vendorId) {
        return sops.inForce(module.sopKey(), module.marketCode(), vendorId);
    }

    /**
     * What the agent studies: the module's sections as published in force for the agent's market and vendor, in the
     * agent's first language where translated. A delta module shows its SOP version (the one that made it) with the text
     * before the change beside each section.
     */
    public StudyText study(TrainingModule module, AgentRef agent) {
        String language = agent.languages().isEmpty() ? null : agent.languages().get(0);
        Optional<PublishedSop> inForce = sops.inForce(module.sopKey(), module.marketCode(), agent.vendorId(), language);
        PublishedSop sop = module.isDelta() && inForce.map(s -> !s.versionId().equals(module.pinnedVersionId())).orElse(true)
                ? sops.version(module.pinnedVersionId()).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.sop-version.what"), module.pinnedVersionId()))
                : inForce.orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.sop-in-force.what"), module.id()));
        Map<String, PublishedSections.Section> byAnchor = byAnchor(sop);
        // the redline compares like with like: the text after the change in the SOP's own language
        Map<String, PublishedSections.Section> source = module.isDelta()
                ? sops.version(module.pinnedVersionId()).map(ModuleCatalog::byAnchor).orElse(Map.of()) : Map.of();
        List<StudyText.Section> sections = module.sections().stream().map(s -> {
            PublishedSections.Section now = byAnchor.get(s.anchor());
            String newText = module.isDelta() ? Optional.ofNullable(source.get(s.anchor())).map(PublishedSections.Section::text).orElse("") : null;
            return new StudyText.Section(s.anchor(), now == null ? s.heading() : now.heading(), now == null ? "" : now.text(),
                    module.isDelta() ? s.oldText() : null, newText, now == null);
        }).toList();
        return new StudyText(module.id(), module.title(), module.notes(), module.sopKey(), sop.marketCode(), sop.versionId(), sop.number(),
                sop.language(), sections);
    }

    private static Map<String, PublishedSections.Section> byAnchor(PublishedSop sop) {
        return sop.sections().stream().collect(Collectors.toMap(PublishedSections.Section::anchor, Function.identity(), (a, b) -> a));
    }

    private String marketCode(String code) {
        try {
            return markets.market(code.trim()).code();
        } catch (NotFoundException e) {
            throw InvalidInputException.of("market", UserTexts.of("problem.training.module.no-market", code.trim()));
        }
    }
}
