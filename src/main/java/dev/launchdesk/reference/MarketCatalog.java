package dev.launchdesk.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.CurrentActor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;

/** Markets and their policy parameters: the use cases behind the market pages and API. */
@Service
public class MarketCatalog implements MarketDirectory {

    private final Markets markets;
    private final PolicyParameters parameters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketCatalog(Markets markets, PolicyParameters parameters, ApplicationEventPublisher events, Clock clock) {
        this.markets = markets;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Market> markets() {
        return markets.all();
    }

    @Override
    public Market market(String code) {
        return markets.find(code.toUpperCase()).orElseThrow(() -> new NotFoundException(
                UserTexts.of("problem.reference.market.what"), code));
    }

    @Transactional
    public Market create(MarketForm form) {
        form.check();
        String code = form.normalizedCode();
        if (markets.exists(code)) {
            throw InvalidInputException.of("code", UserTexts.of("problem.reference.market.exists", code));
        }
        Instant now = clock.instant();
        Market market = new Market(code, form.name().trim(), form.region(), form.timezone().trim(),
                form.currency().trim().toUpperCase(), LanguageTags.parse(form.languages()), 0, now, now);
        markets.insert(market);
        events.publishEvent(EntityChanged.created("market", code, "Market " + code + " (" + market.name() + ") created", market));
        return market;
    }

    @Transactional
    public Market update(String code, MarketForm form) {
        Market before = market(code);
        MarketForm sameCode = new MarketForm(before.code(), form.name(), form.region(), form.timezone(), form.currency(),
                form.languages(), form.version());
        sameCode.checkUpdate();
        int version = form.version();
        Market after = new Market(before.code(), form.name().trim(), form.region(), form.timezone().trim(),
                form.currency().trim().toUpperCase(), LanguageTags.parse(form.languages()), version, before.createdAt(), clock.instant());
        markets.update(after);
        Market saved = market(code);
        events.publishEvent(EntityChanged.updated("market", code, "Market " + code + " updated", before, saved));
        return saved;
    }

    @Override
    public List<PolicyParameter> history(String marketCode) {
        return parameters.history(market(marketCode).code());
    }

    public List<PolicyParameter> inForce(String marketCode, LocalDate date) {
        return parameters.inForce(market(marketCode).code(), date);
    }

    /** Values recorded to take effect after {@code date}. */
    public List<PolicyParameter> scheduledAfter(String marketCode, LocalDate date) {
        return history(marketCode).stream().filter(p -> p.effectiveFrom().isAfter(date))
                .sorted(java.util.Comparator.comparing(PolicyParameter::effectiveFrom).thenComparing(PolicyParameter::key)).toList();
    }

    @Transactional
    public PolicyParameter recordParameter(String marketCode, PolicyParameterForm form) {
        Market market = market(marketCode);
        form.check();
        String key = form.key().trim();
        if (parameters.exists(market.code(), key, form.effectiveFrom())) {
            throw InvalidInputException.of("effectiveFrom",
                    UserTexts.of("problem.reference.policy.value-exists", key, form.effectiveFrom()));
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().trim();
        PolicyParameter value = new PolicyParameter(UUID.randomUUID(), market.code(), key, form.value().trim(),
                form.effectiveFrom(), note, CurrentActor.username(), clock.instant());
        Optional<PolicyParameter> previous = parameters.inForce(market.code(), key, form.effectiveFrom());
        parameters.insert(value);
        events.publishEvent(new EntityChanged("policy_parameter", market.code() + ":" + key, "recorded",
                market.code() + " " + key + " = " + value.value() + " from " + value.effectiveFrom(), previous.orElse(null), value));
        return value;
    }

    @Override
    public Optional<String> valueInForce(String marketCode, String key, LocalDate date) {
        return parameters.inForce(marketCode.toUpperCase(), key, date).map(PolicyParameter::value);
    }

    @Override
    public java.util.Set<String> knownKeys() {
        return parameters.knownKeys();
    }

    @Override
    public Map<String, String> valuesInForce(String marketCode, LocalDate date) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.inForce(marketCode.toUpperCase(), date).forEach(p -> values.put(p.key(), p.value()));
        return values;
    }
}
