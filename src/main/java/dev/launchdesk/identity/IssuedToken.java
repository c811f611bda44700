package dev.launchdesk.identity;

/** A token just issued: the secret is in here once and never again. */
public record IssuedToken(ApiToken token, String secret) {
}
