package dev.launchdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;

/**
 * Personal API tokens: "ldt_" followed by 32 random bytes (base64url). The database keeps the SHA-256 of
 * the token, so a leaked database does not leak usable tokens; a random 256-bit secret needs no slow hash.
 */
@Service
public class PersonalTokens {

    static final String PREFIX = "ldt_";
    /** How long a token works when its owner does not say. */
    static final int DEFAULT_VALID_DAYS = 90;
    /** No token works for longer: a forgotten token stops working within a year. */
    static final int MAX_VALID_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalTokens(ApiTokens tokens, Users users, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public List<ApiToken> tokensOf(UUID userId) {
        return tokens.ofUser(userId);
    }

    @Transactional
    public IssuedToken issue(UUID userId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", UserTexts.of("problem.identity.token.name-required"));
        }
        if (validDays != null && (validDays < 1 || validDays > MAX_VALID_DAYS)) {
            throw InvalidInputException.of("validDays",
                    UserTexts.of("problem.identity.token.valid-days", String.valueOf(MAX_VALID_DAYS), String.valueOf(DEFAULT_VALID_DAYS)));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(UUID.randomUUID(), userId, name.trim(), secret.substring(0, 10), now,
                now.plus(Duration.ofDays(validDays == null ? DEFAULT_VALID_DAYS : validDays)), null, null);
        tokens.insert(token, hash(secret));
        events.publishEvent(EntityChanged.created("api_token", token.id(), "API token '" + token.name() + "' issued", token));
        return new IssuedToken(token, secret);
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.find(tokenId, userId).orElseThrow(() -> new NotFoundException(
                UserTexts.of("problem.identity.token.what"), tokenId));
        if (token.revokedAt() != null) {
            return;
        }
        tokens.revoke(tokenId, clock.instant());
        ApiToken after = tokens.find(tokenId, userId).orElseThrow();
        events.publishEvent(new EntityChanged("api_token", tokenId.toString(), "revoked", "API token '" + token.name() + "' revoked",
                token, after));
    }

    /** The enabled user a presented token belongs to, if the token is known, not revoked and not expired. */
    @Transactional
    Optional<SignedInUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(hash(presented))
                .filter(token -> token.isUsableAt(now))
                .flatMap(token -> {
                    tokens.markUsed(token.id(), now);
                    return users.find(token.userId());
                })
                .filter(UserAccount::enabled)
                .map(SignedInUser::new);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
